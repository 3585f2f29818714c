import forge from "node-forge";

// Test PKI for the simulated Xesar broker: a CA made at start, a server certificate for 127.0.0.1/localhost,
// and client certificates like the ones in a Xesar API user's configuration zip (mqtt.pem + PKCS#8 mqtt.key).

export type PemPair = { certPem: string; keyPem: string };

type Kind = "ca" | "server" | "client";

export function createCertificateAuthority(commonName: string): PemPair {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = buildCertificate(keys.publicKey, commonName, "ca");
  cert.setIssuer(cert.subject.attributes);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: toPkcs8Pem(keys.privateKey) };
}

/** A certificate signed by `ca`: "server" for the broker's TLS listener, "client" for an API user. */
export function issueCertificate(ca: PemPair, commonName: string, kind: "server" | "client"): PemPair {
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = buildCertificate(keys.publicKey, commonName, kind);
  cert.setIssuer(caCert.subject.attributes);
  cert.sign(caKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: toPkcs8Pem(keys.privateKey) };
}

function buildCertificate(publicKey: forge.pki.PublicKey, commonName: string, kind: Kind): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial: a leading 0x01 byte keeps the DER integer from reading as negative.
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3_600_000);
  cert.validity.notAfter = new Date(now.getTime() + (kind === "ca" ? 20 : 10) * 365 * 24 * 3_600_000);
  cert.setSubject([
    { name: "commonName", value: commonName },
    { name: "organizationName", value: "Keyslot Xesar simulator" },
  ]);
  cert.setExtensions(buildExtensions(kind));
  return cert;
}

function buildExtensions(kind: Kind): object[] {
  if (kind === "ca") {
    return [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
      { name: "subjectKeyIdentifier" },
    ];
  }
  const common = [
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
  ];
  if (kind === "client") return [...common, { name: "extKeyUsage", clientAuth: true }];
  return [
    ...common,
    { name: "extKeyUsage", serverAuth: true },
    { name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }, { type: 2, value: "localhost" }] },
  ];
}

function toPkcs8Pem(privateKey: forge.pki.PrivateKey): string {
  const rsaKey = forge.pki.privateKeyToAsn1(privateKey as forge.pki.rsa.PrivateKey);
  return forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(rsaKey));
}
