package xyz.pushpad.test;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * VAPID key pair on the P-256 curve, PEM-encoded the way Pushpad returns it: the private key as SEC 1
 * {@code EC PRIVATE KEY}, the public key as X.509 {@code PUBLIC KEY}.
 *
 * @param privateKeyPem the private key
 * @param publicKeyPem the public key
 */
record VapidKeys(String privateKeyPem, String publicKeyPem) {

	private static final String PRIVATE_KEY_HEADER = "-----BEGIN EC PRIVATE KEY-----";

	private static final String PUBLIC_KEY_HEADER = "-----BEGIN PUBLIC KEY-----";

	/**
	 * DER encoding of the object identifier of the P-256 curve, 1.2.840.10045.3.1.7.
	 */
	private static final byte[] P256_OID = { 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01,
			0x07 };

	static VapidKeys generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			ECPrivateKey privateKey = (ECPrivateKey) pair.getPrivate();
			ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
			return new VapidKeys(pem("EC PRIVATE KEY", sec1(privateKey, publicKey)),
					pem("PUBLIC KEY", publicKey.getEncoded()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JVM cannot generate P-256 keys", ex);
		}
	}

	/**
	 * Returns whether the text looks like a PEM private key of the kind Pushpad accepts. The key material itself is
	 * not checked.
	 */
	static boolean isPrivateKeyPem(String text) {
		return text.strip().startsWith(PRIVATE_KEY_HEADER) && text.strip().endsWith("-----END EC PRIVATE KEY-----");
	}

	/**
	 * Returns whether the text looks like a PEM public key. The key material itself is not checked.
	 */
	static boolean isPublicKeyPem(String text) {
		return text.strip().startsWith(PUBLIC_KEY_HEADER) && text.strip().endsWith("-----END PUBLIC KEY-----");
	}

	/**
	 * Encodes the key as the SEC 1 ECPrivateKey structure: version 1, the private value, the curve and the public
	 * point.
	 */
	private static byte[] sec1(ECPrivateKey privateKey, ECPublicKey publicKey) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(new byte[] { 0x02, 0x01, 0x01 });
		body.writeBytes(tagged(0x04, unsigned(privateKey.getS(), 32)));
		body.writeBytes(tagged(0xa0, P256_OID));
		ByteArrayOutputStream point = new ByteArrayOutputStream();
		point.write(0x00);
		point.write(0x04);
		point.writeBytes(unsigned(publicKey.getW().getAffineX(), 32));
		point.writeBytes(unsigned(publicKey.getW().getAffineY(), 32));
		body.writeBytes(tagged(0xa1, tagged(0x03, point.toByteArray())));
		return tagged(0x30, body.toByteArray());
	}

	/**
	 * Encodes a DER element whose content is shorter than 128 bytes, so its length fits in one byte.
	 */
	private static byte[] tagged(int tag, byte[] content) {
		byte[] element = new byte[content.length + 2];
		element[0] = (byte) tag;
		element[1] = (byte) content.length;
		System.arraycopy(content, 0, element, 2, content.length);
		return element;
	}

	private static byte[] unsigned(BigInteger value, int length) {
		byte[] bytes = value.toByteArray();
		byte[] result = new byte[length];
		int copied = Math.min(bytes.length, length);
		System.arraycopy(bytes, bytes.length - copied, result, length - copied, copied);
		return result;
	}

	private static String pem(String type, byte[] der) {
		String base64 = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
	}

}
