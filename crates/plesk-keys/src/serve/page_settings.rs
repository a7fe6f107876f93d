//! Settings `serve` writes into the `index.html` it answers (the `<meta>` tags the panel reads),
//! so a deployment is configured by options or the config file instead of by editing HTML.

use plesk_i18n::Language;
use plesk_xmlapi::contract::meta::{
    AGENT_ENDPOINT as ENDPOINT_META, COMPACT_LAYOUT, DEFAULT_LANGUAGE as DEFAULT_LANGUAGE_META,
    HANDOFF_ORIGINS as HANDOFF_META, IDLE_TIMEOUT as IDLE_META, LAYOUT as LAYOUT_META,
    MIN_IDLE_TIMEOUT_SECONDS as MINIMUM_IDLE_SECONDS, SIGN_IN as SIGN_IN_META,
};

use super::csp::check_origin;

/// The page settings given to `serve`; `None` leaves the built page's tag as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageSettings {
    /// Where the panel sends packets: a path relative to the page or an http(s) URL.
    pub agent_endpoint: Option<String>,
    /// Portal origins allowed to hand over a key (exact match).
    pub key_handoff_origins: Option<Vec<String>>,
    /// Seconds without input before the panel logs out.
    pub idle_timeout: Option<u64>,
    /// `compact` or `default`.
    pub layout: Option<String>,
    /// The signed-in mode's method (`forward-auth`); `None`: the key mode.
    pub sign_in: Option<String>,
    /// The language for a browser that asks for none that ships (the static form and the panel).
    pub default_language: Option<Language>,
}

impl PageSettings {
    /// Checks raw option values; errors name the option.
    pub fn new(
        agent_endpoint: Option<&str>,
        key_handoff_origins: &[String],
        idle_timeout: Option<u64>,
        layout: Option<&str>,
    ) -> Result<Self, String> {
        let agent_endpoint = agent_endpoint.map(check_endpoint).transpose()?;
        let key_handoff_origins = if key_handoff_origins.is_empty() {
            None
        } else {
            Some(
                key_handoff_origins
                    .iter()
                    .map(|origin| check_origin("--key-handoff-origin", origin))
                    .collect::<Result<Vec<_>, _>>()?,
            )
        };
        if let Some(seconds) = idle_timeout {
            if seconds < MINIMUM_IDLE_SECONDS {
                return Err(format!("--idle-timeout must be at least {MINIMUM_IDLE_SECONDS} seconds"));
            }
        }
        let layout = match layout {
            None => None,
            Some(COMPACT_LAYOUT) => Some(COMPACT_LAYOUT.to_owned()),
            Some("default") => Some(String::new()),
            Some(other) => return Err(format!("--layout {other:?}: give compact or default")),
        };
        Ok(PageSettings {
            agent_endpoint,
            key_handoff_origins,
            idle_timeout,
            layout,
            sign_in: None,
            default_language: None,
        })
    }

    /// The language for browsers that ask for none that ships.
    pub fn with_default_language(mut self, language: Option<Language>) -> Self {
        self.default_language = language;
        self
    }

    /// The page tells the panel that people are signed in by the portal (`method`).
    pub fn with_sign_in(mut self, method: Option<&str>) -> Self {
        self.sign_in = method.map(str::to_owned);
        self
    }

    /// The origin of an absolute agent endpoint: the CSP must let the panel connect to it.
    pub fn endpoint_origin(&self) -> Option<String> {
        let endpoint = self.agent_endpoint.as_deref()?;
        let (scheme, rest) = endpoint.split_once("://")?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        Some(format!("{scheme}://{authority}").to_ascii_lowercase())
    }

    /// `page` with each configured tag's content set (the tag is added to `<head>` if the page
    /// lacks it).
    pub fn apply(&self, page: &str) -> String {
        let mut page = page.to_owned();
        let tags = [
            (ENDPOINT_META, self.agent_endpoint.clone()),
            (HANDOFF_META, self.key_handoff_origins.as_ref().map(|origins| origins.join(" "))),
            (IDLE_META, self.idle_timeout.map(|seconds| seconds.to_string())),
            (LAYOUT_META, self.layout.clone()),
            (SIGN_IN_META, self.sign_in.clone()),
            (DEFAULT_LANGUAGE_META, self.default_language.map(|language| language.tag().to_owned())),
        ];
        for (name, value) in tags {
            if let Some(value) = value {
                page = with_meta(&page, name, &escape_attribute(&value));
            }
        }
        page
    }
}

/// A relative path or an http(s) URL, without spaces, quotes or control characters.
fn check_endpoint(endpoint: &str) -> Result<String, String> {
    let endpoint = endpoint.trim();
    let plain = !endpoint.is_empty()
        && endpoint
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'));
    let scheme_ok = match endpoint.split_once("://") {
        Some((scheme, rest)) => matches!(scheme, "http" | "https") && !rest.is_empty(),
        None => !endpoint.contains(':'),
    };
    if plain && scheme_ok {
        Ok(endpoint.to_owned())
    } else {
        Err(format!(
            "--agent-endpoint {endpoint:?}: give a path relative to the panel (enterprise/control/agent.php) or an http(s) URL"
        ))
    }
}

fn escape_attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Sets the content of `<meta name="{name}" …>`, or adds the tag before `</head>`.
fn with_meta(page: &str, name: &str, value: &str) -> String {
    let existing = page.find(&format!("name=\"{name}\"")).and_then(|at| {
        let start = page[..at].rfind('<')?;
        let end = at + page[at..].find('>')?;
        page[start..end].starts_with("<meta").then_some((start, end))
    });
    match existing {
        Some((start, end)) => {
            format!("{}<meta name=\"{name}\" content=\"{value}\">{}", &page[..start], &page[end + 1..])
        }
        None => {
            let at = page.find("</head>").unwrap_or(0);
            format!("{}<meta name=\"{name}\" content=\"{value}\">\n{}", &page[..at], &page[at..])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n<meta name=\"plesk-agent-endpoint\" content=\"enterprise/control/agent.php\">\n\
        <meta name=\"plesk-idle-timeout\" content=\"900\">\n<meta name=\"plesk-key-handoff-origins\" content=\"\">\n\
        <meta name=\"plesk-layout\" content=\"\">\n<script nonce=\"{{__TRUNK NONCE__}}\"></script>\n</head>";

    #[test]
    fn nothing_configured_leaves_the_page_as_built() {
        let settings = PageSettings::new(None, &[], None, None).unwrap();
        assert_eq!(settings, PageSettings::default());
        assert_eq!(settings.apply(PAGE), PAGE);
    }

    #[test]
    fn each_setting_replaces_its_tag_and_nothing_else() {
        let settings = PageSettings::new(
            Some("https://gw.example.com/agent"),
            &["https://Portal.example.com/".into(), "https://other.example.com".into()],
            Some(300),
            Some("compact"),
        )
        .unwrap();
        let page = settings.apply(PAGE);
        assert!(
            page.contains("<meta name=\"plesk-agent-endpoint\" content=\"https://gw.example.com/agent\">")
        );
        assert!(page.contains(
            "<meta name=\"plesk-key-handoff-origins\" content=\"https://portal.example.com https://other.example.com\">"
        ));
        assert!(page.contains("<meta name=\"plesk-idle-timeout\" content=\"300\">"));
        assert!(page.contains("<meta name=\"plesk-layout\" content=\"compact\">"));
        assert!(page.contains("nonce=\"{{__TRUNK NONCE__}}\""), "the nonce placeholder survives");
        assert_eq!(page.matches("<meta").count(), 4, "no tag added or lost: {page}");
        assert_eq!(settings.endpoint_origin().as_deref(), Some("https://gw.example.com"));
    }

    #[test]
    fn a_missing_tag_is_added_to_the_head() {
        let settings = PageSettings::new(None, &[], Some(60), None).unwrap();
        let page = settings.apply("<html><head><title>x</title></head><body></body></html>");
        assert_eq!(
            page,
            "<html><head><title>x</title><meta name=\"plesk-idle-timeout\" content=\"60\">\n</head><body></body></html>"
        );
    }

    #[test]
    fn bad_values_are_refused_with_the_option_name() {
        for endpoint in ["javascript:alert(1)", "a\" onload=\"x", "ftp://x/y", "", "a b"] {
            let error = PageSettings::new(Some(endpoint), &[], None, None).unwrap_err();
            assert!(error.contains("--agent-endpoint"), "{endpoint}: {error}");
        }
        assert!(PageSettings::new(None, &["*".into()], None, None)
            .unwrap_err()
            .contains("--key-handoff-origin"));
        assert!(PageSettings::new(None, &[], Some(5), None).unwrap_err().contains("--idle-timeout"));
        assert!(PageSettings::new(None, &[], None, Some("wide")).unwrap_err().contains("--layout"));
        let relative = PageSettings::new(Some("../gw/agent.php"), &[], None, Some("default")).unwrap();
        assert_eq!(relative.endpoint_origin(), None);
        assert!(relative.apply(PAGE).contains("<meta name=\"plesk-layout\" content=\"\">"));
    }
}
