//! The host's identity: a self-signed certificate made once per record and kept beside it, the
//! full join code's token and the short join code, so a restarted host is the same host to
//! every laptop that joined it.

use std::fmt;
use std::net::SocketAddr;
use std::path::Path;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde::{Deserialize, Serialize};

use super::code::{JoinCode, ShortCode, base32_decode, base32_encode};
use super::{NetError, random_bytes};
use crate::store::files::write_atomically;

/// The file in the record folder that holds the host's private key (owner-only, 0600), its
/// certificate and the join secrets.
pub const IDENTITY_FILE: &str = "host-identity.json";

/// The name the certificate is made out to; the client pins the fingerprint, not the name.
pub(crate) const HOST_NAME: &str = "plenary.host";

/// The SHA-256 of a certificate's DER bytes: what a joining laptop pins.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    /// The fingerprint of a certificate.
    pub fn of(cert_der: &[u8]) -> Fingerprint {
        let digest = ring::digest::digest(&ring::digest::SHA256, cert_der);
        let mut bytes = [0; 32];
        bytes.copy_from_slice(digest.as_ref());
        Fingerprint(bytes)
    }
}

impl fmt::Display for Fingerprint {
    /// Colon-separated hex, as browsers and `openssl x509 -fingerprint` show it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{b:02X}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

/// A 128-bit secret from the operating system's random source: the full join code's token
/// and each writer's credential.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Secret(pub [u8; 16]);

impl Secret {
    /// A fresh secret.
    pub(crate) fn generate() -> Result<Secret, NetError> {
        let mut bytes = [0; 16];
        random_bytes(&mut bytes)?;
        Ok(Secret(bytes))
    }

    /// The secret as base32 text (26 characters).
    pub fn to_text(self) -> String {
        base32_encode(&self.0)
    }

    /// Reads a secret written by [`Secret::to_text`].
    pub fn from_text(text: &str) -> Option<Secret> {
        base32_decode(text)?.try_into().ok().map(Secret)
    }

    /// What the host keeps of a writer's credential: its SHA-256, so comparing two takes the
    /// same time whatever they share and the roster file holds nothing to log in with.
    pub(crate) fn digest(self) -> [u8; 32] {
        Fingerprint::of(&self.0).0
    }
}

impl fmt::Debug for Secret {
    /// Never prints the secret itself: it would end up in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// The host's certificate and key, and the two join codes' secrets.
#[derive(Clone)]
pub struct HostIdentity {
    cert: CertificateDer<'static>,
    cert_pem: String,
    key_pem: String,
    /// The token of the full join code.
    pub token: Secret,
    /// The short join code.
    pub short_code: ShortCode,
}

impl fmt::Debug for HostIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostIdentity")
            .field("fingerprint", &self.fingerprint())
            .finish_non_exhaustive()
    }
}

/// The identity file's form on disk.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IdentityFile {
    version: u32,
    certificate: String,
    key: String,
    token: String,
    short_code: String,
}

impl HostIdentity {
    /// Makes a new identity: a fresh key pair, its certificate and fresh codes.
    pub(crate) fn generate() -> Result<HostIdentity, NetError> {
        let made = rcgen::generate_simple_self_signed(vec![HOST_NAME.to_owned()])
            .map_err(|e| NetError::Identity(format!("cannot make a certificate: {e}")))?;
        Ok(HostIdentity {
            cert: made.cert.der().clone(),
            cert_pem: made.cert.pem(),
            key_pem: made.signing_key.serialize_pem(),
            token: Secret::generate()?,
            short_code: ShortCode::generate()?,
        })
    }

    /// The record's identity, read from its folder, or made and written there (owner-only,
    /// synced) the first time a host runs on the record.
    pub fn load_or_create(record_dir: &Path) -> Result<HostIdentity, NetError> {
        let path = record_dir.join(IDENTITY_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => Self::decode(&bytes)
                .map_err(|why| NetError::Identity(format!("{}: {why}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let made = Self::generate()?;
                write_atomically(record_dir, IDENTITY_FILE, &made.encode()?)
                    .map_err(|e| NetError::Io(format!("{}: {e}", path.display())))?;
                Ok(made)
            }
            Err(e) => Err(NetError::Io(format!("{}: {e}", path.display()))),
        }
    }

    /// The identity of a record that has one already, for `plenary invite`: never makes one.
    pub fn load(record_dir: &Path) -> Result<HostIdentity, NetError> {
        let path = record_dir.join(IDENTITY_FILE);
        let bytes =
            std::fs::read(&path).map_err(|e| NetError::Io(format!("{}: {e}", path.display())))?;
        Self::decode(&bytes).map_err(|why| NetError::Identity(format!("{}: {why}", path.display())))
    }

    /// The certificate's fingerprint.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(&self.cert)
    }

    /// The full join code for this host at `addrs` (see
    /// [`reachable_addrs`](super::addresses::reachable_addrs)).
    pub fn join_code(&self, addrs: Vec<SocketAddr>) -> JoinCode {
        JoinCode {
            addrs,
            fingerprint: self.fingerprint(),
            token: self.token,
        }
    }

    pub(crate) fn certificate(&self) -> CertificateDer<'static> {
        self.cert.clone()
    }

    pub(crate) fn private_key(&self) -> Result<PrivateKeyDer<'static>, NetError> {
        PrivateKeyDer::from_pem_slice(self.key_pem.as_bytes())
            .map_err(|e| NetError::Identity(format!("the host's key does not read: {e}")))
    }

    fn encode(&self) -> Result<Vec<u8>, NetError> {
        let file = IdentityFile {
            version: 1,
            certificate: self.cert_pem.clone(),
            key: self.key_pem.clone(),
            token: self.token.to_text(),
            short_code: self.short_code.to_string(),
        };
        serde_json::to_vec_pretty(&file).map_err(|e| NetError::Identity(e.to_string()))
    }

    fn decode(bytes: &[u8]) -> Result<HostIdentity, String> {
        let file: IdentityFile = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if file.version != 1 {
            return Err(format!(
                "identity version {} is not one this plenary reads",
                file.version
            ));
        }
        let cert = CertificateDer::from_pem_slice(file.certificate.as_bytes())
            .map_err(|e| format!("the certificate does not read: {e}"))?;
        let identity = HostIdentity {
            cert,
            cert_pem: file.certificate,
            key_pem: file.key,
            token: Secret::from_text(&file.token).ok_or("the token does not read")?,
            short_code: file
                .short_code
                .parse()
                .map_err(|e: NetError| e.to_string())?,
        };
        identity.private_key().map_err(|e| e.to_string())?;
        Ok(identity)
    }
}
