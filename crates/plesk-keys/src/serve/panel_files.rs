//! The built panel: `index.html` (never cached), hashed assets (cached for a year), from a folder
//! (`--dist DIR`) or from the binary itself (built in by `build.rs` when `cargo xtask package` sets
//! `PLESK_KEYS_PANEL_DIR`). Both are served by the same code: same headers, CSP nonce and SRI.

use std::path::PathBuf;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{
    HeaderValue, ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, VARY,
};
use axum::http::{Method, Response, StatusCode};
use axum::response::{IntoResponse, Response as HttpResponse};
use bytes::Bytes;
use tower::ServiceExt;
use tower_http::services::ServeDir;

use super::csp::{fresh_nonce, CspSettings, NONCE_PLACEHOLDER};
use super::embedded::EmbeddedFiles;
use super::error::Refusal;
use super::page_settings::PageSettings;
use super::static_form;
use plesk_i18n::Language;

/// The panel built into this binary: (file name, contents), sorted by name (see `build.rs`).
mod table {
    include!(concat!(env!("OUT_DIR"), "/panel.rs"));
}

static EMBEDDED: EmbeddedFiles = EmbeddedFiles::new(table::FILES);

/// The panel `serve` answers: its files and the settings written into its pages.
#[derive(Debug, Clone)]
pub struct Panel {
    pub source: PanelSource,
    pub settings: PageSettings,
    /// The file service of a `--dist` folder, made once.
    assets: Option<ServeDir>,
}

impl Panel {
    pub fn new(source: PanelSource, settings: PageSettings) -> Self {
        let assets = match &source {
            PanelSource::Directory(dir) => Some(ServeDir::new(dir).precompressed_br().precompressed_gzip()),
            PanelSource::Embedded | PanelSource::Missing => None,
        };
        Panel { source, settings, assets }
    }
}

/// Where the panel's files come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PanelSource {
    /// A built panel on disk (`--dist DIR`), read on every request: a rebuilt panel is served
    /// at once.
    Directory(PathBuf),
    /// The panel built into this binary.
    Embedded,
    /// Neither: the agent path works, every page says how to get the panel.
    Missing,
}

impl PanelSource {
    /// `--dist DIR` if given, else the built-in panel if this binary has one.
    pub fn choose(dist: Option<PathBuf>) -> Self {
        match dist {
            Some(dir) => PanelSource::Directory(dir),
            None if EMBEDDED.is_empty() => PanelSource::Missing,
            None => PanelSource::Embedded,
        }
    }

    /// Whether this binary has no panel to serve (built without it, no `--dist`).
    pub fn is_missing(&self) -> bool {
        matches!(self, PanelSource::Missing)
    }

    /// What the operator should know at start-up, if anything is amiss.
    pub fn warning(&self) -> Option<String> {
        match self {
            PanelSource::Directory(dir) if !dir.join("index.html").is_file() => Some(format!(
                "{} has no index.html: build the panel with `cargo xtask dist` (the agent path works regardless)",
                dir.display()
            )),
            PanelSource::Missing => Some(
                "this plesk-keys has no panel built in: run `cargo xtask dist` and pass --dist dist, or build it \
                 with the panel inside with `cargo xtask package` (the agent path works regardless)"
                    .into(),
            ),
            _ => None,
        }
    }

    /// A page's text, if the panel has it.
    async fn page(&self, name: &str) -> Option<String> {
        let bytes = match self {
            PanelSource::Directory(dir) => tokio::fs::read(dir.join(name)).await.ok()?,
            PanelSource::Embedded => EMBEDDED.contents(name)?.to_vec(),
            PanelSource::Missing => return None,
        };
        String::from_utf8(bytes).ok()
    }
}

/// The file a URL path names inside the dist folder: no traversal, no hidden files.
pub fn file_name(url_path: &str) -> Option<String> {
    let relative = url_path.trim_start_matches('/');
    let relative = if relative.is_empty() { "index.html" } else { relative };
    let safe = relative.split('/').all(|segment| {
        !segment.is_empty()
            && !segment.starts_with('.')
            && segment.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    });
    safe.then(|| relative.to_owned())
}

/// Trunk's hashed asset names (`name-<hash>.ext`, `name-<hash>_bg.wasm`) never change content.
/// The hash is a 64-bit number in hex without leading zeros: usually 16 digits, sometimes fewer.
fn is_hashed_asset(name: &str) -> bool {
    let stem = name.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// An HTML page (`index.html` or any other page in the dist folder) with a fresh nonce for its
/// scripts and the matching CSP: no page is ever served without the policy. Hand-written: the
/// nonce and the page settings differ per response, so no file service can answer pages.
/// `index.html` is written in `language` (`static_form`).
async fn serve_page(
    panel: &Panel,
    name: &str,
    head_only: bool,
    csp: &CspSettings,
    language: Language,
) -> HttpResponse {
    let Some(page) = panel.source.page(name).await else {
        return match (name, &panel.source) {
            ("index.html", PanelSource::Missing) => Refusal::NoPanel,
            ("index.html", _) => Refusal::PanelNotBuilt,
            _ => Refusal::NotFound,
        }
        .into_response();
    };
    let Ok(nonce) = fresh_nonce() else {
        return Refusal::NoNonce.into_response();
    };
    let page = panel.settings.apply(&page);
    let page = if name == "index.html" { static_form::in_language(&page, language) } else { page };
    let page = page.replace(NONCE_PLACEHOLDER, &nonce);
    let length = page.len();
    let mut response = Response::new(if head_only { Body::empty() } else { Body::from(Bytes::from(page)) });
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(language.tag()));
    match HeaderValue::from_str(&csp.header(&nonce)) {
        Ok(policy) => {
            headers.insert("content-security-policy", policy);
            response
        }
        // Fail closed: never serve the page without its policy.
        Err(_) => Refusal::InvalidPolicy.into_response(),
    }
}

/// A page or an asset of the panel.
pub async fn serve(panel: &Panel, csp: &CspSettings, request: Request) -> HttpResponse {
    let head_only = request.method() == Method::HEAD;
    let Some(name) = file_name(request.uri().path()) else {
        return Refusal::NotFound.into_response();
    };
    if name.ends_with(".html") {
        let headers = request.headers();
        let header = |name| headers.get(name).and_then(|value: &HeaderValue| value.to_str().ok());
        let asked = static_form::Asked {
            query: request.uri().query(),
            cookie: header(COOKIE),
            accept_language: header(ACCEPT_LANGUAGE),
        };
        let language = static_form::negotiated(asked, panel.settings.default_language);
        return serve_page(panel, &name, head_only, csp, language).await;
    }
    let response = match (&panel.source, &panel.assets) {
        (PanelSource::Directory(_), Some(files)) => match files.clone().oneshot(request).await {
            Ok(response) if response.status() != StatusCode::NOT_FOUND => Some(response.map(Body::new)),
            _ => None,
        },
        (PanelSource::Embedded, _) => EMBEDDED.serve(&name, request.headers(), head_only),
        _ => None,
    };
    let Some(mut response) = response else {
        return Refusal::NotFound.into_response();
    };
    let headers = response.headers_mut();
    headers.entry(VARY).or_insert(HeaderValue::from_static("Accept-Encoding"));
    let caching = if is_hashed_asset(&name) { "public, max-age=31536000, immutable" } else { "no-cache" };
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(caching));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_safe_file_names() {
        assert_eq!(file_name("/"), Some("index.html".into()));
        assert_eq!(file_name("/main-26a9a94ca4896608.css"), Some("main-26a9a94ca4896608.css".into()));
        for bad in ["/../etc/passwd", "/.git/config", "/a//b", "/%2e%2e/x", "/a\\b"] {
            assert_eq!(file_name(bad), None, "{bad}");
        }
    }

    #[test]
    fn hashed_assets_are_recognised() {
        assert!(is_hashed_asset("plesk-key-panel-514c3330ef6df14a_bg.wasm"));
        assert!(is_hashed_asset("main-26a9a94ca4896608.css"));
        assert!(is_hashed_asset("plesk-key-panel-972c8b549b76c6d_bg.wasm"), "15 digits: a leading zero");
        assert!(!is_hashed_asset("release-notes-2.txt"));
        assert!(!is_hashed_asset("index.html"));
    }

    fn get(path: &str, accept_encoding: Option<&'static str>) -> Request {
        let mut request = Request::get(path).body(Body::empty()).unwrap();
        if let Some(coding) = accept_encoding {
            request
                .headers_mut()
                .insert(axum::http::header::ACCEPT_ENCODING, HeaderValue::from_static(coding));
        }
        request
    }

    async fn body(response: HttpResponse) -> String {
        use http_body_util::BodyExt;
        let bytes = response.into_body().collect().await.map(|body| body.to_bytes()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    #[tokio::test]
    async fn pages_get_the_settings_and_a_fresh_nonce() {
        let dir = std::env::temp_dir().join(format!("pkp-static-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            format!(
                "<head><meta name=\"plesk-idle-timeout\" content=\"900\"><script nonce=\"{NONCE_PLACEHOLDER}\"></script></head>"
            ),
        )
        .unwrap();
        std::fs::write(dir.join("app-0123456789abcdef.js"), "x").unwrap();
        std::fs::write(dir.join("app-0123456789abcdef.js.br"), "compressed").unwrap();
        let panel = Panel::new(
            PanelSource::choose(Some(dir.clone())),
            PageSettings::new(None, &[], Some(120), Some("compact")).unwrap(),
        );
        let csp = CspSettings::default();
        let page = serve(&panel, &csp, get("/", None)).await;
        let policy = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
        let text = body(page).await;
        assert!(
            text.contains("content=\"120\"") && text.contains("name=\"plesk-layout\" content=\"compact\"")
        );
        let nonce = text.split("nonce=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        assert_eq!(nonce.len(), 32);
        assert!(policy.contains(&format!("'nonce-{nonce}'")));
        let asset = serve(&panel, &csp, get("/app-0123456789abcdef.js", Some("br"))).await;
        assert_eq!(asset.headers()[axum::http::header::CONTENT_ENCODING], "br");
        assert_eq!(asset.headers()[CACHE_CONTROL], "public, max-age=31536000, immutable");
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// Issue 28: the page's static form in the browser's language, else the default; caches told
    /// the page varies by `Accept-Language`.
    #[tokio::test]
    async fn the_page_is_written_in_the_negotiated_language() {
        let dir = std::env::temp_dir().join(format!("pkp-language-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<html lang=\"en\"><head></head><body><h2 data-l10n-id=\"connect-title\">Connect to Plesk</h2></body></html>",
        )
        .unwrap();
        let settings = PageSettings::default().with_default_language(Some(Language::Arabic));
        let panel = Panel::new(PanelSource::choose(Some(dir.clone())), settings);
        let csp = CspSettings::default();
        let mut request = get("/", None);
        request.headers_mut().insert(ACCEPT_LANGUAGE, HeaderValue::from_static("de-AT, en;q=0.5"));
        let german = serve(&panel, &csp, request).await;
        assert_eq!(german.headers()[CONTENT_LANGUAGE], "de");
        assert_eq!(german.headers()[VARY], "Accept-Language, Cookie");
        let text = body(german).await;
        assert!(
            text.contains("<html lang=\"de\" dir=\"ltr\">") && !text.contains("Connect to Plesk"),
            "{text}"
        );
        let fallback = body(serve(&panel, &csp, get("/", None)).await).await;
        assert!(fallback.contains("<html lang=\"ar\" dir=\"rtl\">"), "{fallback}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn without_a_panel_the_page_says_how_to_get_one() {
        let panel = Panel::new(PanelSource::Missing, PageSettings::default());
        assert!(panel.source.warning().is_some_and(|w| w.contains("cargo xtask dist")));
        let page = serve(&panel, &CspSettings::default(), get("/", None)).await;
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
        assert!(body(page).await.contains("--dist"));
        if table::FILES.is_empty() {
            assert_eq!(PanelSource::choose(None), PanelSource::Missing);
        } else {
            assert_eq!(PanelSource::choose(None), PanelSource::Embedded);
            assert!(table::FILES.windows(2).all(|pair| pair[0].0 < pair[1].0), "sorted for binary search");
        }
    }
}
