package xyz.pushpad.test.boot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import xyz.pushpad.boot.autoconfigure.PushpadConnectionDetails;
import xyz.pushpad.test.PushpadEmulator;

/**
 * {@link ContextCustomizerFactory} behind {@link AutoConfigurePushpadEmulator}: registers the emulator and the
 * connection details that point at it as beans of the test context.
 */
class PushpadEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigurePushpadEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigurePushpadEmulator.class);
		return (annotation != null) ? new Customizer(annotation.strict()) : null;
	}

	/**
	 * Registers the beans. Two test classes with the same strictness get equal customizers, so they can share one
	 * cached context and its emulator.
	 */
	private record Customizer(boolean strict) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
				throw new IllegalStateException("@AutoConfigurePushpadEmulator needs an application context whose "
						+ "bean factory accepts bean definitions, but got " + beanFactory.getClass().getName());
			}
			RootBeanDefinition emulator = new RootBeanDefinition(PushpadEmulator.class,
					() -> PushpadEmulator.builder().strict(this.strict).start());
			emulator.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
			registry.registerBeanDefinition("pushpadEmulator", emulator);
			RootBeanDefinition connectionDetails = new RootBeanDefinition(PushpadConnectionDetails.class,
					() -> new EmulatorPushpadConnectionDetails(beanFactory.getBean(PushpadEmulator.class)));
			registry.registerBeanDefinition("pushpadEmulatorConnectionDetails", connectionDetails);
		}

	}

}
