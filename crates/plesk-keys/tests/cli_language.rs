//! The CLI speaks the language of `LC_ALL`/`LC_MESSAGES`/`LANG` or `--lang` (issue 28): its
//! errors and output in German with `LANG=de_DE.UTF-8`, Plesk's own text kept as Plesk sent it.

mod support;

use support::*;

/// A one-line message of a language's catalogue, as written there.
fn message(tag: &str, file: &str, id: &str) -> String {
    let path = format!("{}/../../locales/{tag}/{file}", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let prefix = format!("{id} = ");
    let line = source.lines().find_map(|line| line.strip_prefix(prefix.as_str()));
    line.unwrap_or_else(|| panic!("{path} has no one-line {id}")).to_owned()
}

#[test]
fn errors_and_output_follow_lang_and_lang_option() {
    let server = Serve::start(&["--sandbox-admin-key", ADMIN_KEY, "--quiet"]);
    let base = server.base();
    let german = [("LANG", "de_DE.UTF-8"), ("PLESK_ENDPOINT", base.as_str())];

    let (code, _, err) = cli(&["list"], &german, None);
    assert_eq!(code, 2);
    assert_eq!(err.trim(), format!("plesk-keys: {}", message("de", "cli.ftl", "cli-no-credential")));
    assert!(err.contains("PLESK_KEY") && err.contains("--key-file"), "{err}");

    // Plesk's error: its code and its own text as sent, the explanation in German.
    let wrong_key = [german[0], german[1], ("PLESK_KEY", "00000000-0000-0000-0000-000000000000")];
    let (code, _, err) = cli(&["list"], &wrong_key, None);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("11003") && err.contains("Plesk"), "{err}");
    assert!(err.contains(&message("de", "plesk.ftl", "plesk-error-11003")), "German explanation: {err}");

    let admin = [german[0], german[1], ("PLESK_KEY", ADMIN_KEY)];
    let (code, out, err) = cli(&["info", "999999"], &admin, None);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out.trim(), "Keine Schlüssel.", "{out}");
    assert!(err.contains("plesk-keys: 1 Schlüssel nicht angezeigt"), "German: {err}");
    assert!(err.contains("Schlüssel 999999: Plesk-Fehler 1013"), "the key named in German: {err}");

    // Plural forms beyond one/other: Russian's "few" (2 ключа), Polish's "many" (5 kluczy).
    let russian = [("LANG", "ru_RU.UTF-8"), german[1], ("PLESK_KEY", ADMIN_KEY)];
    let (code, _, err) = cli(&["info", "999998", "999997"], &russian, None);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("plesk-keys: 2 ключа не показаны"), "Russian few: {err}");
    let polish = [("LC_MESSAGES", "pl_PL.UTF-8"), german[1], ("PLESK_KEY", ADMIN_KEY)];
    let (_, _, err) = cli(&["info", "999991", "999992", "999993", "999994", "999995"], &polish, None);
    assert!(err.contains("plesk-keys: 5 kluczy nie"), "Polish many, from LC_MESSAGES: {err}");

    // Scripts read JSON and CSV: they stay English under German.
    let (_, csv, _) = cli(&["report", "--format", "csv"], &admin, None);
    assert!(
        csv.starts_with("\"Server\",\"ID\",\"Owner\",\"Owner status\"")
            && csv.contains("\"warning: Bound to"),
        "{csv}"
    );

    // report: its table and its findings in German; the JSON stays as scripts know it.
    let (code, _, err) = cli(&["create", "--ip", "127.0.0.1"], &admin, None);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = cli(&["report"], &admin, None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&message("de", "cli.ftl", "cli-column-owner-status")), "{out}");
    let no_description = message("de", "health.ftl", "health-reason-no-description");
    assert!(out.contains(&no_description) && !out.contains("No description"), "{out}");
    let (_, json, _) = cli(&["report", "--json"], &admin, None);
    assert!(
        json.contains("\"reason\": \"No description") || json.contains("\"reason\":\"No description"),
        "{json}"
    );

    // Typed input that cannot be sent, in German.
    let (code, _, err) = cli(&["create", "--ip", "300.0.0.1"], &admin, None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("'300.0.0.1'") && !err.contains("is not an IPv4"), "German: {err}");
    let (code, _, err) = cli(&["delete", "-"], &admin, Some(" \n "));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&message("de", "input.ftl", "input-no-key")), "German: {err}");

    // Lists take the language's separator.
    let (code, _, err) = cli(&["--lang", "ja", "create", "--ip", "a,b,c"], &admin, None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("'a'、'b'"), "Japanese separator: {err}");

    // The way to the server, in German too.
    let unreachable = [german[0], ("PLESK_ENDPOINT", "http://127.0.0.1:9"), ("PLESK_KEY", ADMIN_KEY)];
    let (code, _, err) = cli(&["list"], &unreachable, None);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("ist nicht erreichbar") && !err.contains("cannot reach"), "German: {err}");

    // --lang wins over LANG; LC_ALL over LANG; C means English.
    let (_, _, err) = cli(&["--lang", "fr", "list"], &german, None);
    assert!(err.contains(&message("fr", "cli.ftl", "cli-no-credential")), "French: {err}");
    let (_, _, err) = cli(&["list", "--lang", "pt"], &german, None);
    assert!(
        err.contains(&message("pt-BR", "cli.ftl", "cli-no-credential")),
        "--lang after the command, a bare language: {err}"
    );
    let (_, _, err) = cli(&["list"], &[("LANGUAGE", "sv:ja"), ("LANG", "en_US.UTF-8"), german[1]], None);
    assert!(err.contains(&message("ja", "cli.ftl", "cli-no-credential")), "LANGUAGE first: {err}");
    let (_, _, err) = cli(&["list"], &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C"), german[1]], None);
    assert!(err.contains("no credential: set PLESK_KEY"), "English: {err}");
    let (_, _, err) = cli(&["list"], &[("LANG", "ru_RU.UTF-8"), german[1]], None);
    assert!(err.contains(&message("ru", "cli.ftl", "cli-no-credential")), "Russian: {err}");

    let (code, _, err) = cli(&["--lang", "xx", "list"], &german, None);
    assert_eq!(code, 2);
    assert!(err.contains("xx") && err.contains("pt-BR"), "{err}");
}
