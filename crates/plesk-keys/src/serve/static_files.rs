//! The built panel: `index.html` (never cached), hashed assets (cached for a year), from a folder
//! (`--dist DIR`) or from the binary itself (built in by `build.rs` when `cargo xtask package` sets
//! `PLESK_KEYS_PANEL_DIR`). Both are served by the same code: same headers, CSP nonce and SRI.

use std::path::PathBuf;

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{
    HeaderValue, ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, VARY,
};
use hyper::{HeaderMap, Response, StatusCode};

use super::csp::{fresh_nonce, CspSettings, NONCE_PLACEHOLDER};
use super::page_settings::PageSettings;
use super::router::{text_response, HttpResponse};

/// The panel built into this binary: (file name, contents), sorted by name (see `build.rs`).
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/panel.rs"));
}

/// What `index.html` answers when there is no panel to serve.
const NO_PANEL: &str = "Not found: this plesk-keys has no panel built in. Run `cargo xtask dist` and pass \
    `--dist dist`, or build the binary with the panel inside: `cargo xtask package`.\n";

/// The panel `serve` answers: its files and the settings written into its pages.
#[derive(Debug, Clone)]
pub struct Panel {
    pub source: PanelSource,
    pub settings: PageSettings,
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
            None if embedded::FILES.is_empty() => PanelSource::Missing,
            None => PanelSource::Embedded,
        }
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

    /// One file's contents, if the panel has it.
    async fn read(&self, name: &str) -> Option<Bytes> {
        match self {
            PanelSource::Directory(dir) => tokio::fs::read(dir.join(name)).await.ok().map(Bytes::from),
            PanelSource::Embedded => embedded::FILES
                .binary_search_by(|(file, _)| (*file).cmp(name))
                .ok()
                .and_then(|index| embedded::FILES.get(index))
                .map(|(_, contents)| Bytes::from_static(contents)),
            PanelSource::Missing => None,
        }
    }
}

/// The content type for a file name.
pub fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, extension)| extension) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
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

/// The encodings the client accepts, best first, among the precompressed files `cargo xtask
/// dist` writes next to each asset (`.br`, `.gz`).
fn accepted_encodings(headers: &HeaderMap) -> Vec<(&'static str, &'static str)> {
    let accepted = headers.get(ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let offers = |coding: &str| {
        accepted.split(',').any(|part| {
            let mut pieces = part.split(';');
            let name = pieces.next().unwrap_or_default().trim();
            let refused = pieces.any(|p| p.trim().replace(' ', "") == "q=0");
            name.eq_ignore_ascii_case(coding) && !refused
        })
    };
    [("br", "br"), ("gzip", "gz")].into_iter().filter(|(coding, _)| offers(coding)).collect()
}

/// An HTML page (`index.html` or any other page in the dist folder) with a fresh nonce for its
/// scripts and the matching CSP: no page is ever served without the policy.
async fn serve_page(panel: &Panel, name: &str, head_only: bool, csp: &CspSettings) -> HttpResponse {
    let page = panel.source.read(name).await.and_then(|bytes| String::from_utf8(bytes.to_vec()).ok());
    let Some(page) = page else {
        return match (name, &panel.source) {
            ("index.html", PanelSource::Missing) => text_response(StatusCode::NOT_FOUND, NO_PANEL),
            ("index.html", _) => {
                text_response(StatusCode::NOT_FOUND, "Not found: build the panel with `cargo xtask dist`.\n")
            }
            _ => text_response(StatusCode::NOT_FOUND, "Not found.\n"),
        };
    };
    let Ok(nonce) = fresh_nonce() else {
        return text_response(StatusCode::INTERNAL_SERVER_ERROR, "No randomness for a CSP nonce.\n");
    };
    let page = panel.settings.apply(&page).replace(NONCE_PLACEHOLDER, &nonce);
    let length = page.len();
    let mut response = Response::new(Full::new(if head_only { Bytes::new() } else { Bytes::from(page) }));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    match HeaderValue::from_str(&csp.header(&nonce)) {
        Ok(policy) => {
            headers.insert("content-security-policy", policy);
            response
        }
        // Fail closed: never serve the page without its policy.
        Err(_) => {
            text_response(StatusCode::INTERNAL_SERVER_ERROR, "The Content-Security-Policy is invalid.\n")
        }
    }
}

pub async fn serve(
    panel: &Panel,
    url_path: &str,
    head_only: bool,
    request_headers: &HeaderMap,
    csp: &CspSettings,
) -> HttpResponse {
    let Some(name) = file_name(url_path) else {
        return text_response(StatusCode::NOT_FOUND, "Not found.\n");
    };
    if name.ends_with(".html") {
        return serve_page(panel, &name, head_only, csp).await;
    }
    let mut encoding = None;
    let mut contents = None;
    for (coding, suffix) in accepted_encodings(request_headers) {
        if let Some(compressed) = panel.source.read(&format!("{name}.{suffix}")).await {
            encoding = Some(coding);
            contents = Some(compressed);
            break;
        }
    }
    let contents = match contents {
        Some(contents) => contents,
        None => match panel.source.read(&name).await {
            Some(contents) => contents,
            None => return text_response(StatusCode::NOT_FOUND, "Not found.\n"),
        },
    };
    let length = contents.len();
    let body = if head_only { Bytes::new() } else { contents };
    let mut response = Response::new(Full::new(body));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(&name)));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    headers.insert(VARY, HeaderValue::from_static("Accept-Encoding"));
    if let Some(coding) = encoding {
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
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
        assert_eq!(content_type("x_bg.wasm"), "application/wasm");
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
        let panel = Panel {
            source: PanelSource::choose(Some(dir.clone())),
            settings: PageSettings::new(None, &[], Some(120), Some("compact")).unwrap(),
        };
        let csp = CspSettings::default();
        let page = serve(&panel, "/", false, &HeaderMap::new(), &csp).await;
        let policy = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
        let text = body(page).await;
        assert!(
            text.contains("content=\"120\"") && text.contains("name=\"plesk-layout\" content=\"compact\"")
        );
        let nonce = text.split("nonce=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        assert_eq!(nonce.len(), 32);
        assert!(policy.contains(&format!("'nonce-{nonce}'")));
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("br"));
        let asset = serve(&panel, "/app-0123456789abcdef.js", false, &headers, &csp).await;
        assert_eq!(asset.headers()[CONTENT_ENCODING], "br");
        assert_eq!(asset.headers()[CACHE_CONTROL], "public, max-age=31536000, immutable");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn without_a_panel_the_page_says_how_to_get_one() {
        let panel = Panel { source: PanelSource::Missing, settings: PageSettings::default() };
        assert!(panel.source.warning().is_some_and(|w| w.contains("cargo xtask dist")));
        let page = serve(&panel, "/", false, &HeaderMap::new(), &CspSettings::default()).await;
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
        assert!(body(page).await.contains("--dist"));
        if embedded::FILES.is_empty() {
            assert_eq!(PanelSource::choose(None), PanelSource::Missing);
        } else {
            assert_eq!(PanelSource::choose(None), PanelSource::Embedded);
            assert!(embedded::FILES.windows(2).all(|pair| pair[0].0 < pair[1].0), "sorted for binary search");
        }
    }

    #[test]
    fn encodings_follow_accept_encoding() {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("gzip, deflate, br;q=0"));
        assert_eq!(accepted_encodings(&headers), vec![("gzip", "gz")]);
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("br, gzip"));
        assert_eq!(accepted_encodings(&headers).len(), 2);
        assert!(accepted_encodings(&HeaderMap::new()).is_empty());
    }
}
