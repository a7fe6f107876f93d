//! `plesk-keys`: serve the panel (static files + the agent paths, answered by built-in sandboxes
//! or forwarded to one Plesk server or several) and manage keys from scripts.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use plesk_keys::{client, messages, serve};

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
    /// The language of the messages: en, de, fr, es, it, nl, pt-BR, ru, pl, ja, zh-CN or ar
    /// (default: LC_ALL, LC_MESSAGES or LANG; English when they name none of these).
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the panel and the agent paths (the built-in sandbox unless --upstream or --servers is given).
    Serve(Box<serve::ServeArgs>),
    #[command(flatten)]
    Client(Box<client::ClientCommand>),
    /// Read the audit log of `serve --audit-log`: the lines about a person, a server, a key or a
    /// time span, as a table or JSON.
    Audit(plesk_keys::audit_query::AuditArgs),
    /// Write the man pages (plesk-keys.1, plesk-keys-serve.1, …) into DIR; used by `cargo xtask
    /// package`, present only in builds with `--features man`.
    #[cfg(feature = "man")]
    #[command(hide = true)]
    Man { dir: std::path::PathBuf },
}

/// Why the command line could not be read.
enum ParseFailure {
    Usage(clap::Error),
    Config(serve::ConfigError),
}

impl From<clap::Error> for ParseFailure {
    fn from(error: clap::Error) -> Self {
        ParseFailure::Usage(error)
    }
}

/// The command line; for `serve --config FILE`, with the file's options added where the
/// command line and the environment give none, then parsed as one command line.
fn parse() -> Result<Cli, ParseFailure> {
    let matches = Cli::command().try_get_matches()?;
    let config = matches
        .subcommand_matches("serve")
        .and_then(|given| given.get_one::<PathBuf>("config").map(|file| (given, file)));
    let Some((given, file)) = config else {
        return Ok(Cli::from_arg_matches(&matches)?);
    };
    let mut command = Cli::command();
    command.build();
    let Some(serve) = command.find_subcommand("serve") else {
        return Ok(Cli::from_arg_matches(&matches)?);
    };
    let words = serve::file_arguments(file, serve, given).map_err(ParseFailure::Config)?;
    let mut args: Vec<OsString> = std::env::args_os().collect();
    let after_serve = args.iter().skip(1).position(|arg| arg == "serve").map_or(args.len(), |at| at + 2);
    args.splice(after_serve..after_serve, words.into_iter().map(OsString::from));
    Ok(Cli::try_parse_from(args)?)
}

fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(ParseFailure::Usage(error)) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
        Err(ParseFailure::Config(error)) => {
            eprintln!("plesk-keys serve: {error}");
            return ExitCode::from(2);
        }
    };
    let environment = messages::language_of_environment(|name| std::env::var(name).ok());
    let language = match cli.lang.as_deref() {
        None => environment,
        Some(tag) => match plesk_i18n::preferred([tag]) {
            Some(language) => language,
            None => {
                messages::choose(environment);
                eprintln!("plesk-keys: {}", messages::unknown_language(tag));
                return ExitCode::from(2);
            }
        },
    };
    messages::choose(language);
    match cli.command {
        Command::Serve(args) => match serve::run(*args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("plesk-keys serve: {error}");
                ExitCode::from(2)
            }
        },
        Command::Client(command) => ExitCode::from(client::run(*command) as u8),
        Command::Audit(args) => ExitCode::from(plesk_keys::audit_query::run(&args)),
        #[cfg(feature = "man")]
        Command::Man { dir } => match clap_mangen::generate_to(Cli::command(), &dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("plesk-keys man: cannot write into {}: {error}", dir.display());
                ExitCode::FAILURE
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example config the Debian package installs is read by the real `serve` options.
    #[test]
    fn the_packaged_example_config_is_valid() {
        let mut command = Cli::command();
        command.build();
        let serve_command = command.find_subcommand("serve").cloned().expect("a serve command");
        let given = serve_command.clone().try_get_matches_from(["serve"]).expect("serve without options");
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/plesk-keys.toml");
        let words = serve::file_arguments(&file, &serve_command, &given).expect("a valid config");
        let line = ["plesk-keys", "serve"].into_iter().map(String::from).chain(words);
        let Command::Serve(args) = Cli::try_parse_from(line).expect("options serve accepts").command else {
            panic!("not serve");
        };
        assert_eq!(args.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(args.idle_timeout, Some(900));
        assert!(args.upstream.is_none() && args.sandbox_state.is_some());
        assert!(args.panel().is_ok() && args.csp().is_ok());
    }

    /// The page settings reach the served page; an agent endpoint on another origin is allowed by
    /// the CSP, and a bad value is refused before anything is served.
    #[test]
    fn page_settings_come_from_options() {
        let serve = |extra: &[&str]| {
            let line = ["plesk-keys", "serve"].iter().chain(extra).copied();
            match Cli::try_parse_from(line).expect("options serve accepts").command {
                Command::Serve(args) => args,
                _ => panic!("not serve"),
            }
        };
        let args = serve(&["--agent-endpoint", "https://gw.example.com/agent.php", "--layout", "compact"]);
        assert!(args.csp().expect("a CSP").connect_origins.contains(&"https://gw.example.com".to_owned()));
        let page = args.panel().expect("a panel").settings.apply("<head></head>");
        assert!(page
            .contains("<meta name=\"plesk-agent-endpoint\" content=\"https://gw.example.com/agent.php\">"));
        assert!(page.contains("<meta name=\"plesk-layout\" content=\"compact\">"));
        assert!(serve(&["--agent-endpoint", "javascript:alert(1)"]).panel().is_err());
        assert!(serve(&["--idle-timeout", "3"]).panel().is_err());
        let page =
            serve(&["--default-language", "pt-BR"]).panel().expect("a panel").settings.apply("<head></head>");
        assert!(page.contains("<meta name=\"plesk-default-language\" content=\"pt-BR\">"), "{page}");
        let line = ["plesk-keys", "serve", "--default-language", "klingon"];
        let refused = Cli::try_parse_from(line).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(refused.contains("not a language the panel ships") && refused.contains("zh-CN"), "{refused}");
    }
}
