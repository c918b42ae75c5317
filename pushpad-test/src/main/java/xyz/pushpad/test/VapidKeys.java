package xyz.pushpad.test;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
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

	/**
	 * DER encoding of the object identifier of EC public keys, 1.2.840.10045.2.1.
	 */
	private static final byte[] EC_PUBLIC_KEY_OID = { 0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02,
			0x01 };

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
	 * checked by {@link #requireKeyPair}.
	 */
	static boolean isPrivateKeyPem(String text) {
		return text.strip().startsWith(PRIVATE_KEY_HEADER) && text.strip().endsWith("-----END EC PRIVATE KEY-----");
	}

	/**
	 * Returns whether the text looks like a PEM public key. The key material itself is checked by
	 * {@link #requireKeyPair}.
	 */
	static boolean isPublicKeyPem(String text) {
		return text.strip().startsWith(PUBLIC_KEY_HEADER) && text.strip().endsWith("-----END PUBLIC KEY-----");
	}

	/**
	 * Checks that two PEM texts, which {@link #isPrivateKeyPem} and {@link #isPublicKeyPem} accept, contain a P-256
	 * key pair: both keys parse with {@code java.security}, and a signature made with the private key verifies with
	 * the public key. Messages name the invalid key without quoting it.
	 * @throws ApiError with status 422 naming the invalid key
	 */
	static void requireKeyPair(String privateKeyPem, String publicKeyPem) {
		ECParameterSpec p256 = p256Parameters();
		PrivateKey privateKey;
		try {
			privateKey = parsePrivateKey(privateKeyPem);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw ApiError.unprocessable("vapid_private_key is invalid: its PEM block does not contain an EC private "
					+ "key in SEC 1 form (" + ex.getMessage() + ")");
		}
		if (!isP256(privateKey, p256)) {
			throw ApiError.unprocessable("vapid_private_key is invalid: it is not a key on the P-256 curve, which VAPID "
					+ "requires");
		}
		PublicKey publicKey;
		try {
			publicKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(publicKeyPem)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw ApiError.unprocessable("vapid_public_key is invalid: its PEM block does not contain an EC public key "
					+ "in X.509 form (" + ex.getMessage() + ")");
		}
		if (!isP256(publicKey, p256)) {
			throw ApiError.unprocessable("vapid_public_key is invalid: it is not a key on the P-256 curve, which VAPID "
					+ "requires");
		}
		if (!signatureVerifies(privateKey, publicKey)) {
			throw ApiError.unprocessable("vapid_public_key is invalid: it does not belong to vapid_private_key, so "
					+ "import the public key of the same key pair");
		}
	}

	/**
	 * Parses a SEC 1 private key by wrapping it in the PKCS #8 structure that {@link KeyFactory} reads, with the
	 * P-256 curve as the algorithm parameters.
	 */
	private static PrivateKey parsePrivateKey(String pem) throws GeneralSecurityException {
		ByteArrayOutputStream algorithm = new ByteArrayOutputStream();
		algorithm.writeBytes(EC_PUBLIC_KEY_OID);
		algorithm.writeBytes(P256_OID);
		ByteArrayOutputStream pkcs8 = new ByteArrayOutputStream();
		pkcs8.writeBytes(new byte[] { 0x02, 0x01, 0x00 });
		pkcs8.writeBytes(tagged(0x30, algorithm.toByteArray()));
		pkcs8.writeBytes(tagged(0x04, der(pem)));
		return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(tagged(0x30, pkcs8.toByteArray())));
	}

	private static boolean isP256(Object key, ECParameterSpec p256) {
		if (!(key instanceof ECKey ecKey)) {
			return false;
		}
		ECParameterSpec params = ecKey.getParams();
		if (!params.getCurve().equals(p256.getCurve()) || !params.getOrder().equals(p256.getOrder())) {
			return false;
		}
		if (key instanceof ECPrivateKey ecPrivateKey) {
			BigInteger s = ecPrivateKey.getS();
			return s.signum() > 0 && s.compareTo(p256.getOrder()) < 0;
		}
		return true;
	}

	private static boolean signatureVerifies(PrivateKey privateKey, PublicKey publicKey) {
		byte[] message = "pushpad-emulator key pair check".getBytes(StandardCharsets.US_ASCII);
		try {
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(privateKey);
			signer.update(message);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance("SHA256withECDSA");
			verifier.initVerify(publicKey);
			verifier.update(message);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static ECParameterSpec p256Parameters() {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec("secp256r1"));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JVM does not support the P-256 curve", ex);
		}
	}

	/**
	 * Decodes the Base64 body between the BEGIN and END lines of a PEM block.
	 * @throws IllegalArgumentException if the body is not Base64
	 */
	private static byte[] der(String pem) {
		String[] lines = pem.strip().split("\\R");
		StringBuilder base64 = new StringBuilder();
		for (int i = 1; i < lines.length - 1; i++) {
			base64.append(lines[i].strip());
		}
		return Base64.getDecoder().decode(base64.toString());
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
	 * Encodes a DER element, with the short form of the length below 128 bytes and the long form from there on.
	 */
	private static byte[] tagged(int tag, byte[] content) {
		ByteArrayOutputStream element = new ByteArrayOutputStream();
		element.write(tag);
		int length = content.length;
		if (length < 0x80) {
			element.write(length);
		}
		else {
			byte[] lengthBytes = BigInteger.valueOf(length).toByteArray();
			int start = (lengthBytes[0] == 0) ? 1 : 0;
			element.write(0x80 | (lengthBytes.length - start));
			element.write(lengthBytes, start, lengthBytes.length - start);
		}
		element.writeBytes(content);
		return element.toByteArray();
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
