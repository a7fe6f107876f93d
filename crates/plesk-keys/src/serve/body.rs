//! Reading request bodies with a size cap.

use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;

#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    #[error("the request body is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the request body could not be read: {0}")]
    Read(String),
}

/// Reads the whole body, refusing more than `limit` bytes (also when Content-Length says so).
pub async fn read_capped(
    body: Incoming,
    declared_length: Option<u64>,
    limit: usize,
) -> Result<Bytes, BodyError> {
    if declared_length.is_some_and(|length| length > limit as u64) {
        return Err(BodyError::TooLarge { limit });
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.is::<http_body_util::LengthLimitError>() => Err(BodyError::TooLarge { limit }),
        Err(error) => Err(BodyError::Read(error.to_string())),
    }
}
