//! TLS 1.3 with the ring provider: the host's server configuration from its identity, and the
//! writer's client configuration that trusts one pinned certificate and no certificate
//! authority.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, ServerConfig, SignatureScheme};

use super::NetError;
use super::identity::{Fingerprint, HOST_NAME, HostIdentity};

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The host's TLS configuration: its own certificate, TLS 1.3 only.
pub(crate) fn server_config(identity: &HostIdentity) -> Result<Arc<ServerConfig>, NetError> {
    let config = ServerConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| NetError::Identity(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(vec![identity.certificate()], identity.private_key()?)
        .map_err(|e| NetError::Identity(format!("the certificate and key do not fit: {e}")))?;
    Ok(Arc::new(config))
}

/// Accepts the one certificate whose fingerprint is pinned (or, with none pinned, while a
/// short code is yet to prove it, any certificate), and remembers a mismatch so the client
/// can tell a wrong host from a failed link.
#[derive(Debug)]
pub(crate) struct Pinned {
    fingerprint: Option<Fingerprint>,
    mismatch: AtomicBool,
    algorithms: WebPkiSupportedAlgorithms,
}

impl Pinned {
    /// Whether the last handshake met a certificate other than the pinned one.
    pub(crate) fn mismatched(&self) -> bool {
        self.mismatch.load(Ordering::Relaxed)
    }
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.fingerprint {
            Some(pinned) if Fingerprint::of(end_entity) != pinned => {
                self.mismatch.store(true, Ordering::Relaxed);
                Err(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::ApplicationVerificationFailure,
                ))
            }
            _ => Ok(ServerCertVerified::assertion()),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    /// The host must prove it holds the certificate's key, pinned or not.
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// A writer's TLS configuration pinning `fingerprint` (None: any, for the short code), and
/// the verifier, to ask it after a failed handshake.
pub(crate) fn client_config(
    fingerprint: Option<Fingerprint>,
) -> Result<(Arc<ClientConfig>, Arc<Pinned>), NetError> {
    let provider = provider();
    let verifier = Arc::new(Pinned {
        fingerprint,
        mismatch: AtomicBool::new(false),
        algorithms: provider.signature_verification_algorithms,
    });
    let config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| NetError::Identity(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    Ok((Arc::new(config), verifier))
}

/// The name the client asks for; the certificate is made out to it.
pub(crate) fn host_name() -> Result<ServerName<'static>, NetError> {
    ServerName::try_from(HOST_NAME).map_err(|e| NetError::Identity(e.to_string()))
}
