//! Reading request bodies with a size cap.

use axum::body::Body;
use bytes::Bytes;
use http_body_util::{BodyExt, Limited};

#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    #[error("the request body is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the request body could not be read: {0}")]
    Read(String),
    #[error("the request body did not arrive within {0:?}")]
    TooSlow(std::time::Duration),
}

/// Reads the whole body within `deadline`, refusing more than `limit` bytes (also when
/// Content-Length says so) and bodies that trickle in too slowly.
pub async fn read_capped(
    body: Body,
    declared_length: Option<u64>,
    limit: usize,
    deadline: std::time::Duration,
) -> Result<Bytes, BodyError> {
    if declared_length.is_some_and(|length| length > limit as u64) {
        return Err(BodyError::TooLarge { limit });
    }
    let collected = tokio::time::timeout(deadline, Limited::new(body, limit).collect())
        .await
        .map_err(|_| BodyError::TooSlow(deadline))?;
    match collected {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if too_large(&*error) => Err(BodyError::TooLarge { limit }),
        Err(error) => Err(BodyError::Read(error.to_string())),
    }
}

/// Whether the cap (ours, or the body limit layer's beneath it) stopped the body.
fn too_large(error: &(dyn std::error::Error + 'static)) -> bool {
    std::iter::successors(Some(error), |error| error.source())
        .any(|error| error.is::<http_body_util::LengthLimitError>())
}
