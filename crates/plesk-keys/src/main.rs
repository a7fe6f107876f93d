//! `plesk-keys`: serve the panel (static files + the agent path, answered by the built-in
//! sandbox or forwarded to one Plesk server) and manage keys from scripts.

mod client;
mod serve;
mod tls;
mod transport;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc: the sandbox and gateway allocate many small strings per request; glibc's malloc
/// cost ~35% of a get_info in profiles.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "plesk-keys",
    version,
    about = "Plesk XML API secret keys: panel server, sandbox and client"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the panel and the agent path (the built-in sandbox unless --upstream is given).
    Serve(Box<serve::ServeArgs>),
    #[command(flatten)]
    Client(client::ClientCommand),
    /// Write the man pages (plesk-keys.1, plesk-keys-serve.1, …) into DIR; used by `cargo xtask
    /// package`, present only in builds with `--features man`.
    #[cfg(feature = "man")]
    #[command(hide = true)]
    Man { dir: std::path::PathBuf },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Serve(args) => match serve::run(*args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("plesk-keys serve: {error}");
                ExitCode::from(2)
            }
        },
        Command::Client(command) => ExitCode::from(client::run(command) as u8),
        #[cfg(feature = "man")]
        Command::Man { dir } => {
            match clap_mangen::generate_to(<Cli as clap::CommandFactory>::command(), &dir) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("plesk-keys man: cannot write into {}: {error}", dir.display());
                    ExitCode::FAILURE
                }
            }
        }
    }
}
