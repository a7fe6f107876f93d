//! Answering `customer get` and `reseller get` from the account book, as the gateway asks
//! them: by one login, or (customers) by one owner login. The caller's permission is checked
//! before (see `sandbox.rs`: the administrator only).

use plesk_xmlapi::{
    AccountAnswer, AccountFilter, AccountKind, AccountLookup, AccountQuery, ErrorCode, ResultError,
};

use crate::accounts::{AccountBook, Role};

/// Plesk's text for a customer login that names no customer (1013).
pub(crate) const NO_SUCH_CUSTOMER_TEXT: &str = "client does not exist";
/// The same for a reseller login.
pub(crate) const NO_SUCH_RESELLER_TEXT: &str = "reseller does not exist";
/// An owner login that names neither the administrator nor a reseller (1013). Plesk does not
/// document this case; its neighbours answer a missing object so.
pub(crate) const NO_SUCH_OWNER_TEXT: &str = "owner does not exist";

fn not_found(text: &str) -> AccountLookup {
    AccountLookup::Failed(ResultError { code: ErrorCode::NotFound, text: text.to_owned(), key: None })
}

/// The answer to one query. Logins are compared after trimming (as the secret_key create
/// trims its `login`). IDs are positions in the book, from 1 (the administrator is first in
/// the demo book, as Plesk's administrator has client ID 1): stable while the book is.
pub(crate) fn answer(book: &AccountBook, query: &AccountQuery) -> AccountAnswer {
    let login = query.filter.value().trim();
    let is_customer = |role: &Role| matches!(role, Role::Customer { .. });
    let is_reseller = |role: &Role| matches!(role, Role::Reseller { .. });
    let results = match (query.kind, &query.filter) {
        (AccountKind::Customer, AccountFilter::Login(_)) => {
            vec![one(book, login, is_customer).unwrap_or_else(|| not_found(NO_SUCH_CUSTOMER_TEXT))]
        }
        (AccountKind::Reseller, AccountFilter::Login(_)) => {
            vec![one(book, login, is_reseller).unwrap_or_else(|| not_found(NO_SUCH_RESELLER_TEXT))]
        }
        (AccountKind::Customer, AccountFilter::OwnerLogin(_)) => vec![customers_of(book, login)],
        // Never received: reseller.xsd has no owner-login, so such a packet is refused (1014).
        (AccountKind::Reseller, AccountFilter::OwnerLogin(_)) => vec![not_found(NO_SUCH_RESELLER_TEXT)],
    };
    AccountAnswer { query: query.clone(), results }
}

/// The account with `login`, if its role fits.
fn one(book: &AccountBook, login: &str, role_fits: impl Fn(&Role) -> bool) -> Option<AccountLookup> {
    let index =
        book.accounts.iter().position(|account| account.login == login && role_fits(&account.role))?;
    Some(AccountLookup::Found(vec![listed(book, index)]))
}

/// Every customer of `owner` (a reseller, or the administrator for the customers without a
/// reseller): one ok result without data when there are none.
fn customers_of(book: &AccountBook, owner: &str) -> AccountLookup {
    let owns = match book.find(owner).map(|account| &account.role) {
        Some(Role::Administrator) => None,
        Some(Role::Reseller { .. }) => Some(owner),
        _ => return not_found(NO_SUCH_OWNER_TEXT),
    };
    AccountLookup::Found(
        book.accounts
            .iter()
            .enumerate()
            .filter(
                |(_, account)| matches!(&account.role, Role::Customer { owner } if owner.as_deref() == owns),
            )
            .map(|(index, _)| listed(book, index))
            .collect(),
    )
}

/// The account at `index` as get reports it. The book has no contact names: `pname` is the
/// login. A customer's owner is its reseller, or the administrator.
fn listed(book: &AccountBook, index: usize) -> plesk_xmlapi::Account {
    let account = &book.accounts[index];
    let owner_login = match &account.role {
        Role::Customer { owner } => Some(owner.clone().unwrap_or_else(|| book.administrator().login.clone())),
        Role::Administrator | Role::Reseller { .. } => None,
    };
    plesk_xmlapi::Account {
        id: (index + 1).to_string(),
        login: account.login.clone(),
        name: account.login.clone(),
        status: account.plesk_status(),
        owner_login,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(answer: AccountAnswer) -> AccountLookup {
        assert_eq!(answer.results.len(), 1);
        answer.results.into_iter().next().unwrap()
    }

    fn logins(lookup: AccountLookup) -> Vec<(String, String, u32, Option<String>)> {
        match lookup {
            AccountLookup::Found(accounts) => {
                accounts.into_iter().map(|a| (a.id, a.login, a.status, a.owner_login)).collect()
            }
            AccountLookup::Failed(error) => panic!("{error:?}"),
        }
    }

    #[test]
    fn finds_customers_and_resellers_by_login_with_stable_ids() {
        let book = AccountBook::demo("x");
        let jdoe = || only(answer(&book, &AccountQuery::customer(" jdoe ")));
        assert_eq!(logins(jdoe()), [("4".into(), "jdoe".into(), 0, Some("reseller1".into()))]);
        assert_eq!(jdoe(), jdoe());
        assert_eq!(
            logins(only(answer(&book, &AccountQuery::customer("disabled1")))),
            [("6".into(), "disabled1".into(), 16, Some("admin".into()))]
        );
        assert_eq!(
            logins(only(answer(&book, &AccountQuery::reseller("reseller1")))),
            [("2".into(), "reseller1".into(), 0, None)]
        );
    }

    #[test]
    fn a_login_of_another_role_or_none_is_1013() {
        let book = AccountBook::demo("x");
        let failed = |query: AccountQuery| match only(answer(&book, &query)) {
            AccountLookup::Failed(error) => (error.code, error.text),
            found => panic!("{found:?}"),
        };
        assert_eq!(
            failed(AccountQuery::customer("reseller1")),
            (ErrorCode::NotFound, NO_SUCH_CUSTOMER_TEXT.into())
        );
        assert_eq!(
            failed(AccountQuery::customer("ghost")),
            (ErrorCode::NotFound, NO_SUCH_CUSTOMER_TEXT.into())
        );
        assert_eq!(
            failed(AccountQuery::reseller("jdoe")),
            (ErrorCode::NotFound, NO_SUCH_RESELLER_TEXT.into())
        );
        assert_eq!(
            failed(AccountQuery::reseller("admin")),
            (ErrorCode::NotFound, NO_SUCH_RESELLER_TEXT.into())
        );
        assert_eq!(
            failed(AccountQuery::customers_of("jdoe")),
            (ErrorCode::NotFound, NO_SUCH_OWNER_TEXT.into())
        );
        assert_eq!(
            failed(AccountQuery::customers_of("ghost")),
            (ErrorCode::NotFound, NO_SUCH_OWNER_TEXT.into())
        );
    }

    #[test]
    fn lists_the_customers_of_a_reseller_or_of_the_administrator() {
        let book = AccountBook::demo("x");
        let of = |owner: &str| logins(only(answer(&book, &AccountQuery::customers_of(owner))));
        assert_eq!(of("reseller1"), [("4".into(), "jdoe".into(), 0, Some("reseller1".into()))]);
        assert_eq!(of("reseller2"), [], "a reseller without customers: one ok result, no data");
        let admins: Vec<String> = of("admin").into_iter().map(|(_, login, _, _)| login).collect();
        assert_eq!(admins, ["customer2", "disabled1"]);
    }
}
