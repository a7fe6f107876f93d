//! `serve --config FILE`: a TOML file whose keys are serve's long options without `--`
//! (`listen = "127.0.0.1:8080"`, `allow-origin = ["https://portal.example.com"]`,
//! `sandbox-allow-owners = true`). The file is turned into the options it stands for and parsed
//! by clap with the command line, so every option, check and conflict is the command line's own,
//! and a new option needs nothing here. The command line and the environment override the file
//! (a list given on the command line replaces the file's list). Unknown keys and wrong types are
//! errors naming the file, the line and the key. `[[server]]` tables stand for `servers = FILE`
//! naming this file (read by the servers file's own reader, which skips the other keys).

use std::path::Path;

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Command};
use toml::de::DeValue;

use crate::toml_text::line_of;

/// A config file that cannot be used; the message names the file and, where known, the line.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(String);

/// The options `file` stands for, as `--name=value` words, leaving out every option the command
/// line or the environment already gives (`given`, the matches of `serve`).
pub fn file_arguments(file: &Path, serve: &Command, given: &ArgMatches) -> Result<Vec<String>, ConfigError> {
    let text = std::fs::read_to_string(file)
        .map_err(|error| ConfigError(format!("cannot read the config file {}: {error}", file.display())))?;
    arguments_from(&text, &file.to_string_lossy(), serve, |id| {
        matches!(given.value_source(id), Some(ValueSource::CommandLine | ValueSource::EnvVariable))
    })
    .map_err(|message| ConfigError(format!("{}{message}", file.display())))
}

/// The options a file's `text` stands for; errors start with " line N: " (or ": ").
fn arguments_from(
    text: &str,
    file: &str,
    serve: &Command,
    given: impl Fn(&str) -> bool,
) -> Result<Vec<String>, String> {
    let table = crate::toml_text::parse(text)?;
    let mut words = Vec::new();
    // In the file's order, so the first problem reported is the first in the file.
    let mut entries: Vec<_> = table.get_ref().iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in entries {
        let name = key.get_ref().as_ref();
        let line = line_of(text, key.span().start);
        // The signed-in mode's tables are read by `sign_in_file.rs`.
        if matches!(name, "sign-in" | "access") {
            continue;
        }
        let servers = serve.get_arguments().find(|arg| arg.get_long() == Some("servers"));
        if let (Some(servers), "server") = (servers, name) {
            if table.get_ref().keys().any(|key| key.get_ref().as_ref() == "servers") {
                return Err(format!(
                    " line {line}: give either `servers = FILE` or [[server]] tables, not both"
                ));
            }
            if !given(servers.get_id().as_str()) {
                words.push(format!("--servers={file}"));
            }
            continue;
        }
        let arg = serve
            .get_arguments()
            .find(|arg| arg.get_long() == Some(name) && !arg.is_hide_set() && !matches!(name, "config" | "help"))
            .ok_or_else(|| {
                format!(" line {line}: unknown key `{name}`: the keys are serve's long options without --, e.g. listen, upstream, allow-origin (see plesk-keys serve --help)")
            })?;
        if given(arg.get_id().as_str()) {
            continue;
        }
        let values = option_values(arg, value.get_ref())
            .map_err(|problem| format!(" line {line}: `{name}`: {problem}"))?;
        words.extend(values);
    }
    Ok(words)
}

/// The words for one key's value, each checked by the option's own parser.
fn option_values(arg: &Arg, value: &DeValue<'_>) -> Result<Vec<String>, String> {
    let name = arg.get_long().unwrap_or_default();
    match (arg.get_action(), value) {
        (ArgAction::SetTrue, DeValue::Boolean(true)) => Ok(vec![format!("--{name}")]),
        (ArgAction::SetTrue, DeValue::Boolean(false)) => Ok(Vec::new()),
        (ArgAction::SetTrue, _) => Err("give true or false".into()),
        (ArgAction::Append, DeValue::Array(items)) => {
            items.iter().map(|item| scalar(item.get_ref()).and_then(|text| checked(arg, text))).collect()
        }
        (ArgAction::Set | ArgAction::Append, _) => {
            let text = scalar(value)?;
            checked(arg, text).map(|word| vec![word])
        }
        _ => Err("this option cannot be set in the config file".into()),
    }
}

/// A string or a whole number as the command line would have it.
fn scalar(value: &DeValue<'_>) -> Result<String, String> {
    match value {
        DeValue::String(text) => Ok(text.to_string()),
        DeValue::Integer(number) => i128::from_str_radix(number.as_str(), number.radix())
            .map(|n| n.to_string())
            .map_err(|_| format!("{number} is not a whole number")),
        DeValue::Array(_) => Err("give one value, not a list".into()),
        DeValue::Boolean(_) => Err("give a value, not true or false".into()),
        _ => Err("give a string or a whole number".into()),
    }
}

/// `--name=text`, if the option's parser accepts `text` (checked alone, so a value's error is
/// reported with its line, before the options are combined).
fn checked(arg: &Arg, text: String) -> Result<String, String> {
    let name = arg.get_long().unwrap_or_default();
    let alone = Arg::new("value").long("value").value_parser(arg.get_value_parser().clone());
    Command::new("check")
        .no_binary_name(true)
        .arg(alone)
        .try_get_matches_from([format!("--value={text}")])
        .map_err(|error| {
        let choices: Vec<String> =
            arg.get_possible_values().iter().map(|v| v.get_name().to_owned()).collect();
        let reason = if !choices.is_empty() {
            format!("give one of {}", choices.join(", "))
        } else if let Some(source) = std::error::Error::source(&error) {
            source.to_string()
        } else {
            let rendered = error.to_string();
            let first = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ");
            first.replace("'--value <value>'", &format!("--{name}"))
        };
        format!("{text:?} is not valid: {reason}")
    })?;
    Ok(format!("--{name}={text}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Args, FromArgMatches};

    /// A stand-in with the kinds of option serve has.
    #[derive(Args, Debug)]
    struct Options {
        #[arg(long)]
        config: Option<std::path::PathBuf>,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        #[arg(long, default_value_t = 30)]
        request_timeout: u64,
        #[arg(long)]
        quiet: bool,
        #[arg(long = "allow-origin")]
        allow_origins: Vec<String>,
        #[arg(long, hide = true)]
        secret_old_flag: bool,
        #[arg(long)]
        servers: Option<std::path::PathBuf>,
    }

    fn command() -> Command {
        let mut command = Options::augment_args(Command::new("serve"));
        command.build();
        command
    }

    fn resolve(text: &str, command_line: &[&str]) -> Result<Options, String> {
        let command = command();
        let given = command
            .clone()
            .try_get_matches_from(std::iter::once("serve").chain(command_line.iter().copied()))
            .map_err(|e| e.to_string())?;
        let mut words = vec!["serve".to_owned()];
        words.extend(arguments_from(text, "serve.toml", &command, |id| {
            given.value_source(id) == Some(ValueSource::CommandLine)
        })?);
        words.extend(command_line.iter().map(|word| (*word).to_owned()));
        let matches = command.try_get_matches_from(words).map_err(|e| e.to_string())?;
        Options::from_arg_matches(&matches).map_err(|e| e.to_string())
    }

    #[test]
    fn every_kind_of_option_is_read() {
        let text = "listen = \"0.0.0.0:9000\"\nrequest-timeout = 0x10\nquiet = true\nallow-origin = [\"https://a.example\", \"https://b.example\"]\n";
        let options = resolve(text, &[]).unwrap();
        assert_eq!(options.listen.to_string(), "0.0.0.0:9000");
        assert_eq!(options.request_timeout, 16);
        assert!(options.quiet);
        assert_eq!(options.allow_origins, ["https://a.example", "https://b.example"]);
        let single = resolve("allow-origin = \"https://c.example\"\nquiet = false", &[]).unwrap();
        assert_eq!(single.allow_origins, ["https://c.example"]);
        assert!(!single.quiet);
    }

    #[test]
    fn the_command_line_overrides_the_file() {
        let text = "listen = \"0.0.0.0:9000\"\nallow-origin = [\"https://a.example\"]\nrequest-timeout = 5\n";
        let options =
            resolve(text, &["--listen", "127.0.0.1:1", "--allow-origin", "https://z.example"]).unwrap();
        assert_eq!(options.listen.to_string(), "127.0.0.1:1");
        assert_eq!(
            options.allow_origins,
            ["https://z.example"],
            "a list on the command line replaces the file's"
        );
        assert_eq!(options.request_timeout, 5);
    }

    #[test]
    fn server_tables_stand_for_servers_naming_the_file_itself() {
        let text = "quiet = true\n[[server]]\nname = \"eu1\"\nurl = \"https://eu1.example.com\"\n";
        let options = resolve(text, &[]).unwrap();
        assert_eq!(options.servers.as_deref(), Some(std::path::Path::new("serve.toml")));
        assert!(options.quiet, "the other keys are still options");
        let other = resolve(text, &["--servers", "fleet.toml"]).unwrap();
        assert_eq!(other.servers.as_deref(), Some(std::path::Path::new("fleet.toml")));
        let both = format!("servers = \"fleet.toml\"\n{text}");
        assert!(resolve(&both, &[]).unwrap_err().starts_with(" line 3: give either"), "{both}");
    }

    #[test]
    fn unknown_keys_and_bad_values_name_the_line_and_the_key() {
        let cases = [
            ("listen = \"127.0.0.1:1\"\n\nlisten_address = \"x\"\n", " line 3: unknown key `listen_address`"),
            ("# a comment\nsecret-old-flag = true\n", " line 2: unknown key `secret-old-flag`"),
            ("config = \"other.toml\"\n", " line 1: unknown key `config`"),
            ("\nlisten = \"nowhere\"\n", " line 2: `listen`: \"nowhere\" is not valid"),
            ("quiet = \"yes\"\n", " line 1: `quiet`: give true or false"),
            ("request-timeout = true\n", " line 1: `request-timeout`: give a value"),
            ("listen = [\"127.0.0.1:1\"]\n", " line 1: `listen`: give one value, not a list"),
            ("request-timeout = 1.5\n", " line 1: `request-timeout`: give a string or a whole number"),
            ("[serve]\nlisten = \"127.0.0.1:1\"\n", " line 1: unknown key `serve`"),
            ("listen = \"127.0.0.1:1\"\nquiet = \n", " line 2: not valid TOML"),
        ];
        for (text, expected) in cases {
            let error = resolve(text, &[]).unwrap_err();
            assert!(error.starts_with(expected), "{text:?}: {error}");
        }
    }
}
