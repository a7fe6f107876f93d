//! The options of `plesk-keys serve`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;
use plesk_sandbox::SandboxConfig;

use super::ServeError;

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The built panel (`cargo xtask dist`).
    #[arg(long, default_value = "dist")]
    pub dist: PathBuf,
    /// Largest accepted agent request body, in bytes (larger → 413).
    #[arg(long, default_value_t = 1024 * 1024)]
    pub max_body: usize,
    /// Sandbox: make sure an administrator key with this value exists (bound to 127.0.0.1 and ::1).
    #[arg(long, env = "PLESK_SANDBOX_ADMIN_KEY", hide_env_values = true)]
    pub sandbox_admin_key: Option<String>,
}

impl ServeArgs {
    pub fn sandbox_config(&self) -> Result<SandboxConfig, ServeError> {
        if self.max_body == 0 {
            return Err(ServeError::Options("--max-body must be at least 1 byte".into()));
        }
        Ok(SandboxConfig { admin_key: self.sandbox_admin_key.clone(), ..SandboxConfig::default() })
    }
}
