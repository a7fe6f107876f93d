//! "Copy as curl": the last request as a shell command, with a placeholder for the key.

/// A curl command posting `packet` to `url`, the key left as `$PLESK_KEY`. Single quotes make
/// the packet literal for POSIX shells.
pub fn curl_command(url: &str, packet: &str) -> String {
    let quote = |text: &str| format!("'{}'", text.replace('\'', "'\\''"));
    format!(
        "curl -sS -X POST {} -H 'Content-Type: text/xml' -H \"KEY: $PLESK_KEY\" -H 'HTTP_PRETTY_PRINT: TRUE' --data-binary {}",
        quote(url),
        quote(packet)
    )
}

#[cfg(test)]
mod tests {
    use super::curl_command;

    #[test]
    fn quotes_and_uses_a_placeholder() {
        let command = curl_command("https://gw/agent.php", "<packet><a>it's</a></packet>");
        assert!(command.contains("\"KEY: $PLESK_KEY\""));
        assert!(command.ends_with("'<packet><a>it'\\''s</a></packet>'"), "{command}");
    }
}
