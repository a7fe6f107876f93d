//! TLS settings: verified by default (system roots, plus an extra CA for a self-signed Plesk),
//! "insecure" only when asked for loudly; and the server side of `serve --tls-cert/--tls-key`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{ring, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, ServerConfig, SignatureScheme};

/// How the upstream's certificate is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsTrust {
    /// The system's trusted roots.
    System,
    /// The system's roots plus this CA (PEM), e.g. a self-signed Plesk certificate.
    ExtraCa(PathBuf),
    /// No verification at all: development only.
    Insecure,
}

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("cannot read the certificate file {path}: {detail}")]
    Certificates { path: PathBuf, detail: String },
    #[error("cannot read the private key file {path}: {detail}")]
    PrivateKey { path: PathBuf, detail: String },
    #[error("the TLS configuration is invalid: {0}")]
    Config(String),
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(ring::default_provider())
}

fn read_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certificates: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
        .and_then(|items| items.collect())
        .map_err(|error| TlsError::Certificates { path: path.to_owned(), detail: error.to_string() })?;
    if certificates.is_empty() {
        return Err(TlsError::Certificates {
            path: path.to_owned(),
            detail: "no PEM certificate in it".into(),
        });
    }
    Ok(certificates)
}

/// The client configuration for talking to a Plesk server.
pub fn client_config(trust: &TlsTrust) -> Result<ClientConfig, TlsError> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?;
    let config = match trust {
        TlsTrust::Insecure => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(provider())))
            .with_no_client_auth(),
        TlsTrust::System | TlsTrust::ExtraCa(_) => {
            let mut roots = RootCertStore::empty();
            for certificate in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(certificate);
            }
            if let TlsTrust::ExtraCa(path) = trust {
                for certificate in read_certificates(path)? {
                    roots.add(certificate).map_err(|error| TlsError::Certificates {
                        path: path.to_owned(),
                        detail: error.to_string(),
                    })?;
                }
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
    };
    Ok(config)
}

/// The server configuration for `serve --tls-cert FILE --tls-key FILE`.
pub fn server_config(certificate: &Path, key: &Path) -> Result<ServerConfig, TlsError> {
    if let Some(warning) = key_file_warning(key) {
        tracing::warn!("{warning}");
    }
    let chain = read_certificates(certificate)?;
    let private_key = PrivateKeyDer::from_pem_file(key)
        .map_err(|error| TlsError::PrivateKey { path: key.to_owned(), detail: error.to_string() })?;
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, private_key)
        .map_err(|e| TlsError::Config(e.to_string()))?;
    // HTTP/2 first: a browser then sends every request of a page (the All servers view asks
    // each server at once) over one connection instead of six.
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// What to say of a private key file that users other than its owner and group may read.
pub fn key_file_warning(key: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(key).ok()?.permissions().mode();
    (mode & 0o004 != 0).then(|| {
        format!(
            "warning: the TLS private key {} can be read by every user of this machine (mode {:o}): chmod 600 it",
            key.display(),
            mode & 0o777
        )
    })
}

/// `--upstream-insecure`: accepts any certificate (signatures are still checked).
#[derive(Debug)]
struct AcceptAnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        certificate: &CertificateDer<'_>,
        signature: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            certificate,
            signature,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        certificate: &CertificateDer<'_>,
        signature: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            certificate,
            signature,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
