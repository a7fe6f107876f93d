//! `customer get` and `reseller get` as the gateway asks them: answered from the account book,
//! for the administrator only; every answer validates against agent_output.xsd (checked when
//! the harness drops).

mod common;

use common::*;
use plesk_xmlapi::{
    read_account_answer, AccountAnswerError, AccountLookup, AccountQuery, ErrorCode, ResponseBody,
    ResultError,
};

fn summary(accounts: &[plesk_xmlapi::Account]) -> Vec<(&str, &str, u32, Option<&str>)> {
    accounts.iter().map(|a| (a.id.as_str(), a.login.as_str(), a.status, a.owner_login.as_deref())).collect()
}

#[test]
fn the_administrator_reads_customers_and_resellers_by_login() {
    let h = Harness::new(false);
    let jdoe = h.accounts(&AccountQuery::customer("jdoe"));
    assert_eq!(jdoe.len(), 1);
    assert_eq!(summary(&jdoe[0]), [("4", "jdoe", 0, Some("reseller1"))]);
    assert!(jdoe[0][0].is_active());
    assert_eq!(jdoe, h.accounts(&AccountQuery::customer("jdoe")), "IDs are stable");
    let disabled = h.accounts(&AccountQuery::customer("disabled1"));
    assert_eq!(summary(&disabled[0]), [("6", "disabled1", 16, Some("admin"))]);
    assert!(!disabled[0][0].is_active());
    let reseller = h.accounts(&AccountQuery::reseller("reseller2"));
    assert_eq!(summary(&reseller[0]), [("3", "reseller2", 0, None)]);
}

#[test]
fn owners_customers_are_listed_one_result_each() {
    let h = Harness::new(false);
    let of_reseller = h.accounts(&AccountQuery::customers_of("reseller1"));
    assert_eq!(of_reseller.len(), 1);
    assert_eq!(summary(&of_reseller[0]), [("4", "jdoe", 0, Some("reseller1"))]);
    let of_admin = h.accounts(&AccountQuery::customers_of("admin"));
    let logins: Vec<&str> = of_admin.iter().flatten().map(|a| a.login.as_str()).collect();
    assert_eq!(logins, ["customer2", "disabled1"], "one result per customer");
    assert_eq!(of_admin.len(), 2);
    // A reseller without customers: one ok result without data.
    assert_eq!(h.accounts(&AccountQuery::customers_of("reseller2")), vec![Vec::new()]);
}

#[test]
fn unknown_logins_are_per_result_1013_errors() {
    let h = Harness::new(false);
    let failed = |query: AccountQuery| match h.accounts_as(&query, key(ADMIN_KEY), false).unwrap().remove(0) {
        AccountLookup::Failed(error) => error,
        AccountLookup::Found(accounts) => panic!("{query:?}: {accounts:?}"),
    };
    let not_found = |text: &str| ResultError { code: ErrorCode::NotFound, text: text.into(), key: None };
    assert_eq!(failed(AccountQuery::customer("ghost")), not_found("client does not exist"));
    assert_eq!(failed(AccountQuery::customer("reseller1")), not_found("client does not exist"));
    assert_eq!(failed(AccountQuery::reseller("jdoe")), not_found("reseller does not exist"));
    assert_eq!(failed(AccountQuery::customers_of("ghost")), not_found("owner does not exist"));
    let raw = h.raw(&AccountQuery::customer("ghost").to_xml(), key(ADMIN_KEY), LOOPBACK, false);
    assert!(raw.contains("<filter-id>ghost</filter-id>"), "the filter is echoed: {raw}");
}

#[test]
fn only_the_administrator_may_read_accounts() {
    for allow_owners in [false, true] {
        let h = Harness::new(allow_owners);
        for credentials in [login("reseller1", "reseller1-demo"), login("jdoe", "jdoe-demo")] {
            let refused = h.accounts_as(&AccountQuery::customers_of("reseller1"), credentials, false);
            let Err(AccountAnswerError::System(error)) = refused else { panic!("{refused:?}") };
            assert_eq!(error.code, ErrorCode::PermissionDenied);
            assert_eq!(
                error.text,
                "Permission denied: customer and reseller get are available to the Plesk administrator only."
            );
        }
        // The administrator by login and password, too.
        let read = h.accounts_as(&AccountQuery::reseller("reseller1"), login("admin", "admin-pass"), false);
        assert!(matches!(read.as_deref(), Ok([AccountLookup::Found(_)])), "{read:?}");
    }
}

#[test]
fn pretty_answers_and_several_queries_in_one_packet() {
    let h = Harness::new(false);
    let read = h.accounts_as(&AccountQuery::customers_of("admin"), key(ADMIN_KEY), true).unwrap();
    assert_eq!(read.len(), 2);
    let body = "<packet version=\"1.6.9.0\"><customer><get><filter><login>jdoe</login></filter><dataset><gen_info/></dataset></get></customer>\
                <reseller><get><filter><login>reseller1</login></filter><dataset><gen-info/></dataset></get></reseller>\
                <customer><get><filter><login>customer2</login></filter><dataset><gen_info/></dataset></get></customer></packet>";
    let answer = h.raw(body, key(ADMIN_KEY), LOOPBACK, false);
    assert!(answer.contains("<packet version=\"1.6.9.0\">"), "{answer}");
    let customers = read_account_answer(plesk_xmlapi::AccountKind::Customer, answer.as_bytes());
    // A reader of one kind refuses an answer holding the other kind too.
    assert!(matches!(customers, Err(AccountAnswerError::Unreadable(_))), "{customers:?}");
    assert_eq!(answer.matches("<customer>").count(), 2);
    assert_eq!(answer.matches("<reseller>").count(), 1);
}

#[test]
fn other_shapes_and_mixed_packets_are_not_emulated() {
    let h = Harness::new(false);
    let by_id = "<packet><customer><get><filter><id>4</id></filter><dataset><gen_info/></dataset></get></customer></packet>";
    let packet = h.send_as(by_id, key(ADMIN_KEY), LOOPBACK);
    assert_eq!(system_code(&packet), Some(1017));
    let ResponseBody::System(error) = packet.body else { panic!() };
    assert!(error.text.starts_with("The operator 'customer' is not emulated"), "{}", error.text);
    let mixed = format!(
        "<packet><secret_key><get_info><filter/></get_info></secret_key>{}</packet>",
        "<customer><get><filter><login>jdoe</login></filter><dataset><gen_info/></dataset></get></customer>"
    );
    assert_eq!(system_code(&h.send_as(&mixed, key(ADMIN_KEY), LOOPBACK)), Some(1017));
    // Schema-invalid account packets are 1014 with libxml2's words, as for secret_key.
    let invalid = "<packet><reseller><get><filter><owner-login>r</owner-login></filter><dataset><gen-info/></dataset></get></reseller></packet>";
    let packet = h.send_as(invalid, key(ADMIN_KEY), LOOPBACK);
    let ResponseBody::System(error) = packet.body else { panic!() };
    assert_eq!(error.code, ErrorCode::ParseError);
    assert!(error.text.contains("Element 'owner-login': This element is not expected."), "{}", error.text);
}

#[test]
fn statuses_from_the_data_file_are_reported() {
    let data = r#"{"accounts":[
        {"login":"root","password":"p","role":"administrator"},
        {"login":"acme","password":"p","role":"reseller","api_access":true,"status":4},
        {"login":"old","password":"p","role":"customer","owner":"acme","active":false,"status":256},
        {"login":"off","password":"p","role":"customer","owner":"acme","active":false}
    ]}"#;
    let h = Harness::with_data(false, Some(data));
    let acme = h.accounts(&AccountQuery::reseller("acme"));
    assert_eq!(summary(&acme[0]), [("2", "acme", 4, None)]);
    assert!(!acme[0][0].is_active(), "under backup is not active");
    let customers: Vec<_> = h.accounts(&AccountQuery::customers_of("acme")).into_iter().flatten().collect();
    assert_eq!(summary(&customers), [("3", "old", 256, Some("acme")), ("4", "off", 16, Some("acme"))]);
    let admins_own = h.accounts(&AccountQuery::customers_of("root"));
    assert_eq!(admins_own, vec![Vec::new()]);
}
