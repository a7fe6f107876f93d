//! Talking to the agent path directly over HTTP, as a script or Plesk client would.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

/// POSTs `packet` with the `KEY` header; returns the status and the body.
pub async fn post_packet(url: &str, key: &str, packet: &str) -> (u16, String) {
    post_packet_with(url, &[("KEY", key)], packet).await
}

/// POSTs `packet` with these headers (an `Origin`, a key…); returns the status and the body.
pub async fn post_packet_with(url: &str, headers: &[(&str, &str)], packet: &str) -> (u16, String) {
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let mut request = hyper::Request::post(url).header("Content-Type", "text/xml");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Full::new(Bytes::from(packet.to_owned()))).expect("a valid request");
    let response = client.request(request).await.expect("the agent path answers");
    let status = response.status().as_u16();
    let body = response.into_body().collect().await.expect("a readable body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}
