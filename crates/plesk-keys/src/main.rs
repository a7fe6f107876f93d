//! `plesk-keys`: serve the panel (static files + the agent path, answered by the built-in
//! sandbox or forwarded to one Plesk server) and manage keys from scripts.

mod serve;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    Serve(serve::ServeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => match serve::run(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("plesk-keys serve: {error}");
                ExitCode::FAILURE
            }
        },
    }
}
