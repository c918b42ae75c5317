package xyz.pushpad.boot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for the JSON binding of the Pushpad client in a native image. It registers every
 * record in {@code xyz.pushpad.client} and its subpackages, found by scanning the classpath when the hints are
 * computed, so that a model added later needs no change here.
 */
class PushpadRuntimeHints implements RuntimeHintsRegistrar {

	private static final String MODEL_PATTERN = "classpath*:xyz/pushpad/client/**/*.class";

	private static final String VERSION_RESOURCE = "xyz/pushpad/client/pushpad-client.properties";

	private final BindingReflectionHintsRegistrar bindingRegistrar = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		List<Class<?>> records = findRecords(classLoader);
		this.bindingRegistrar.registerReflectionHints(hints.reflection(), records.toArray(Class<?>[]::new));
		hints.resources().registerPattern(VERSION_RESOURCE);
	}

	static List<Class<?>> findRecords(@Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		CachingMetadataReaderFactory readerFactory = new CachingMetadataReaderFactory(resolver);
		List<Class<?>> records = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(MODEL_PATTERN)) {
				MetadataReader reader = readerFactory.getMetadataReader(resource);
				if (Record.class.getName().equals(reader.getClassMetadata().getSuperClassName())) {
					records.add(ClassUtils.resolveClassName(reader.getClassMetadata().getClassName(), classLoader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to scan " + MODEL_PATTERN + " for Pushpad model records", ex);
		}
		return records;
	}

}
