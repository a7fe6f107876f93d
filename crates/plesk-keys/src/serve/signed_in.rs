//! The signed-in mode (`[sign-in]` in the config file): who is asking (`identity.rs`), what the
//! rules let them reach on each server (`access.rs`, resolved here into a [`Scope`] with Plesk's
//! `customer get`), and the key `serve` holds for each server. No Plesk key reaches the browser:
//! the browser's own credential headers are dropped and the held key is sent instead.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::HeaderMap;
use plesk_xmlapi::{read_account_answer, AccountKind, AccountLookup, AccountQuery, ErrorCode};

use super::access::Grant;
use super::cors::OriginCheck;
use super::error::Refusal;
use super::exchange::exchange_as_service;
use super::fleet::Server;
use super::forwarded::RequestOrigin;
use super::identity::{Identity, IdentityError};
use super::scope::Scope;
use super::sign_in_file::SignIn;

/// How long a reseller's customer list is used before it is asked again.
const CUSTOMERS_KEPT: Duration = Duration::from_secs(30);

/// Each reseller's customers per server: `(server, reseller login)` → when asked, and the logins.
type CustomerLists = HashMap<(String, String), (Instant, Vec<String>)>;

/// The signed-in mode's settings and what it remembers between requests.
pub struct SignedInMode {
    pub settings: SignIn,
    /// The service's own OpenID Connect sign-in, when configured (else forward-auth).
    pub openid: Option<super::openid::OpenId>,
    customers: Mutex<CustomerLists>,
}

impl SignedInMode {
    pub fn new(settings: SignIn, openid: Option<super::openid::OpenId>) -> Self {
        SignedInMode { settings, openid, customers: Mutex::new(HashMap::new()) }
    }

    /// The person a request names: its session cookie (OpenID), or the forward-auth headers of
    /// a trusted proxy.
    pub fn identify(&self, headers: &HeaderMap, seen: &RequestOrigin) -> Result<Identity, IdentityError> {
        match &self.openid {
            Some(openid) => match openid.session(headers) {
                Ok(session) => Ok(super::openid::identity_of(&session)),
                Err(super::session_cookie::SessionRefusal::Missing) => Err(IdentityError::NotSignedIn),
                Err(refusal) => Err(refusal.into()),
            },
            None => self.settings.forward_auth.read(headers, seen.peer, seen.trusted_peer),
        }
    }

    /// The keys `grant` reaches on `server`: its owners, and with `include-customers` their
    /// customers (Plesk's `customer get` by owner login, with the held key).
    pub async fn scope(&self, server: &Server, grant: &Grant) -> Result<Scope, Refusal> {
        let may_change = grant.role.may_change();
        if grant.reaches_every_key() {
            return Ok(Scope::every_key(may_change));
        }
        let mut logins = grant.owners.clone();
        if grant.include_customers {
            for owner in &grant.owners {
                logins.extend(self.customers_of(server, owner).await?);
            }
        }
        Ok(Scope::of_logins(logins, may_change))
    }

    async fn customers_of(&self, server: &Server, owner: &str) -> Result<Vec<String>, Refusal> {
        let key = (server.name.clone(), owner.to_owned());
        if let Some((asked, logins)) = self.remembered().get(&key) {
            if asked.elapsed() < CUSTOMERS_KEPT {
                return Ok(logins.clone());
            }
        }
        let answer = exchange_as_service(server, AccountQuery::customers_of(owner).to_xml()).await?;
        let lookups = read_account_answer(AccountKind::Customer, &answer).map_err(|error| {
            tracing::warn!("server {}: the customers of {owner:?} could not be read: {error}", server.name);
            Refusal::ScopeUnavailable
        })?;
        let mut logins = Vec::new();
        for lookup in lookups {
            match lookup {
                AccountLookup::Found(accounts) => {
                    logins.extend(accounts.into_iter().map(|account| account.login))
                }
                // No customers (or no such reseller): the owner's own keys only.
                AccountLookup::Failed(error) if error.code == ErrorCode::NotFound => {}
                AccountLookup::Failed(error) => {
                    tracing::warn!("server {}: the customers of {owner:?}: Plesk said {error}", server.name);
                    return Err(Refusal::ScopeUnavailable);
                }
            }
        }
        self.remembered().insert(key, (Instant::now(), logins.clone()));
        Ok(logins)
    }

    fn remembered(&self) -> std::sync::MutexGuard<'_, CustomerLists> {
        self.customers.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Whether a request comes from the panel's own page: its `Origin` is the panel's, or it sends
/// no `Origin` and the browser says `Sec-Fetch-Site: same-origin`. (A request from a page on
/// another site carries one of the two saying so: refused, CSRF.)
pub fn is_same_origin(origin: &OriginCheck, headers: &HeaderMap) -> bool {
    match origin {
        OriginCheck::SameOrigin => true,
        OriginCheck::Absent => headers
            .get("sec-fetch-site")
            .and_then(|value| value.to_str().ok())
            .is_some_and(|site| site.trim().eq_ignore_ascii_case("same-origin")),
        OriginCheck::Allowed(_) | OriginCheck::Foreign => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_the_panels_own_page_may_call() {
        let mut fetch_same = HeaderMap::new();
        fetch_same.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        let mut fetch_cross = HeaderMap::new();
        fetch_cross.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(is_same_origin(&OriginCheck::SameOrigin, &HeaderMap::new()));
        assert!(is_same_origin(&OriginCheck::Absent, &fetch_same));
        assert!(!is_same_origin(&OriginCheck::Absent, &fetch_cross));
        assert!(!is_same_origin(&OriginCheck::Absent, &HeaderMap::new()), "no sign of where it came from");
        let portal = HeaderValue::from_static("https://portal.example.com");
        assert!(
            !is_same_origin(&OriginCheck::Allowed(portal), &fetch_same),
            "another origin, even an allowed one"
        );
        assert!(!is_same_origin(&OriginCheck::Foreign, &fetch_same));
    }
}
