//! The panel compiled into the binary (the `build.rs` table), answered the way tower-http's
//! `ServeDir` answers a `--dist` folder: the `.br`/`.gz` twin the client accepts, ETag and
//! If-None-Match → 304, a single byte Range → 206, HEAD without a body.
//!
//! Hand-written because `ServeDir`/`ServeFile` only read files from a filesystem path; these
//! files live in the binary's memory.

use std::sync::OnceLock;

use axum::body::Body;
use axum::http::header::{
    HeaderValue, ACCEPT_ENCODING, ACCEPT_RANGES, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_RANGE,
    CONTENT_TYPE, ETAG, IF_NONE_MATCH, IF_RANGE, RANGE, VARY,
};
use axum::http::{HeaderMap, Response, StatusCode};
use bytes::Bytes;
use sha2::{Digest, Sha256};

type HttpResponse = axum::response::Response;

/// The content type for a file name (the same guess `ServeDir` makes).
pub fn content_type(name: &str) -> &'static str {
    mime_guess::from_path(name).first_raw().unwrap_or("application/octet-stream")
}

/// The encodings the client accepts (q above 0, by name or by `*`), best first, among the
/// precompressed twins `cargo xtask dist` writes next to each asset (`.br`, `.gz`).
pub fn accepted_encodings(headers: &HeaderMap) -> Vec<(&'static str, &'static str)> {
    let accepted = headers.get(ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let quality = |coding: &str| {
        let mut wildcard = None;
        for part in accepted.split(',') {
            let mut pieces = part.split(';');
            let name = pieces.next().unwrap_or_default().trim();
            let q = pieces
                .find_map(|p| {
                    let p = p.trim();
                    p.strip_prefix("q=").or_else(|| p.strip_prefix("Q="))
                })
                .map_or(1.0, |q| q.trim().parse::<f32>().unwrap_or(0.0));
            if name.eq_ignore_ascii_case(coding) {
                return Some(q);
            }
            if name == "*" {
                wildcard = Some(q);
            }
        }
        wildcard
    };
    [("br", "br"), ("gzip", "gz")]
        .into_iter()
        .filter(|(coding, _)| quality(coding).is_some_and(|q| q > 0.0))
        .collect()
}

/// A table of (file name, contents), sorted by name.
pub struct EmbeddedFiles {
    files: &'static [(&'static str, &'static [u8])],
    /// One strong validator per file (a prefix of its SHA-256), computed on first use.
    etags: OnceLock<Vec<HeaderValue>>,
}

impl EmbeddedFiles {
    pub const fn new(files: &'static [(&'static str, &'static [u8])]) -> Self {
        EmbeddedFiles { files, etags: OnceLock::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.files.binary_search_by(|(file, _)| (*file).cmp(name)).ok()
    }

    /// One file's contents.
    pub fn contents(&self, name: &str) -> Option<&'static [u8]> {
        self.find(name).and_then(|index| self.files.get(index)).map(|(_, contents)| *contents)
    }

    fn etag(&self, index: usize) -> HeaderValue {
        let etags = self.etags.get_or_init(|| {
            self.files
                .iter()
                .map(|(_, contents)| {
                    let digest = Sha256::digest(contents);
                    let hex: String = digest.iter().take(12).map(|byte| format!("{byte:02x}")).collect();
                    HeaderValue::from_str(&format!("\"{hex}\"")).unwrap_or(HeaderValue::from_static("\"\""))
                })
                .collect()
        });
        etags.get(index).cloned().unwrap_or(HeaderValue::from_static("\"\""))
    }

    /// The answer for file `name` (a safe, non-page name), or None when the table lacks it.
    pub fn serve(&self, name: &str, request: &HeaderMap, head_only: bool) -> Option<HttpResponse> {
        let (encoding, index) = accepted_encodings(request)
            .into_iter()
            .find_map(|(coding, suffix)| {
                self.find(&format!("{name}.{suffix}")).map(|index| (Some(coding), index))
            })
            .or_else(|| self.find(name).map(|index| (None, index)))?;
        let contents = self.files.get(index)?.1;
        let etag = self.etag(index);
        let mut response = Response::new(Body::empty());
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(name)));
        headers.insert(VARY, HeaderValue::from_static("Accept-Encoding"));
        headers.insert(ACCEPT_RANGES, HeaderValue::from_static("bytes"));
        headers.insert(ETAG, etag.clone());
        if let Some(coding) = encoding {
            headers.insert(CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        if request.get(IF_NONE_MATCH).is_some_and(|tags| matches(tags, &etag)) {
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            return Some(response);
        }
        let length = contents.len() as u64;
        let range = request
            .get(RANGE)
            .filter(|_| request.get(IF_RANGE).is_none_or(|validator| validator == etag))
            .and_then(|range| range.to_str().ok());
        let (status, body) = match range.map(|range| {
            http_range_header::parse_range_header(range).and_then(|ranges| ranges.validate(length))
        }) {
            None => (StatusCode::OK, contents),
            Some(Ok(ranges)) if ranges.len() == 1 => {
                let (start, end) = (*ranges[0].start(), *ranges[0].end());
                let content_range = HeaderValue::from_str(&format!("bytes {start}-{end}/{length}"));
                response.headers_mut().insert(CONTENT_RANGE, content_range.ok()?);
                (StatusCode::PARTIAL_CONTENT, &contents[start as usize..=end as usize])
            }
            // Several ranges (multipart) are not served, as ServeDir does not serve them either.
            Some(_) => {
                *response.status_mut() = StatusCode::RANGE_NOT_SATISFIABLE;
                let unsatisfied = HeaderValue::from_str(&format!("bytes */{length}")).ok()?;
                response.headers_mut().insert(CONTENT_RANGE, unsatisfied);
                return Some(response);
            }
        };
        *response.status_mut() = status;
        response.headers_mut().insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
        if !head_only {
            *response.body_mut() = Body::from(Bytes::from_static(body));
        }
        Some(response)
    }
}

/// Whether an If-None-Match list names `etag` (weak comparison, `*` for any).
fn matches(tags: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(tags) = tags.to_str() else { return false };
    let ours = etag.to_str().unwrap_or_default();
    tags.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_follow_accept_encoding() {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("gzip, deflate, br;q=0"));
        assert_eq!(accepted_encodings(&headers), vec![("gzip", "gz")]);
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("br, gzip"));
        assert_eq!(accepted_encodings(&headers).len(), 2);
        assert!(accepted_encodings(&HeaderMap::new()).is_empty());
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("br;q=0.0, *"));
        assert_eq!(accepted_encodings(&headers), vec![("gzip", "gz")]);
    }

    #[test]
    fn content_types_as_serve_dir_guesses_them() {
        assert_eq!(content_type("x_bg.wasm"), "application/wasm");
        assert_eq!(content_type("x.unknown-kind"), "application/octet-stream");
    }

    static TABLE: &[(&str, &[u8])] =
        &[("app-0123456789abcdef.js", b"0123456789"), ("app-0123456789abcdef.js.br", b"compressed")];

    fn request(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(name, value)| (name.parse().unwrap(), HeaderValue::from_static(value))).collect()
    }

    #[test]
    fn validators_ranges_and_encodings() {
        let files = EmbeddedFiles::new(TABLE);
        let full = files.serve("app-0123456789abcdef.js", &HeaderMap::new(), false).unwrap();
        assert_eq!(full.status(), StatusCode::OK);
        assert_eq!(full.headers()[CONTENT_LENGTH], "10");
        let etag = full.headers()[ETAG].to_str().unwrap().to_owned();
        let etag: &'static str = Box::leak(etag.into_boxed_str());
        let again =
            files.serve("app-0123456789abcdef.js", &request(&[("if-none-match", etag)]), false).unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        let part =
            files.serve("app-0123456789abcdef.js", &request(&[("range", "bytes=2-4")]), false).unwrap();
        assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(part.headers()[CONTENT_RANGE], "bytes 2-4/10");
        let beyond =
            files.serve("app-0123456789abcdef.js", &request(&[("range", "bytes=20-")]), false).unwrap();
        assert_eq!(beyond.status(), StatusCode::RANGE_NOT_SATISFIABLE);
        let br = files
            .serve("app-0123456789abcdef.js", &request(&[("accept-encoding", "gzip, br")]), false)
            .unwrap();
        assert_eq!(br.headers()[CONTENT_ENCODING], "br");
        let refused = files
            .serve("app-0123456789abcdef.js", &request(&[("accept-encoding", "br;q=0.0, *;q=0.5")]), false)
            .unwrap();
        assert!(refused.headers().get(CONTENT_ENCODING).is_none());
        assert!(files.serve("missing.js", &HeaderMap::new(), false).is_none());
    }
}
