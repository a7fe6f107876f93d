//! `customer get` and `reseller get`: queries validate against agent_input.xsd and parse back on
//! the server side; schema refusals carry xmllint's words; written answers validate against
//! agent_output.xsd and read back unchanged; broken answers get typed errors.

mod common;

use common::strategies::{account_answers, account_query};
use plesk_xmlapi::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

fn received(query: &AccountQuery) -> ReceivedOperator {
    ReceivedOperator::AccountGet { kind: query.kind, filter: query.filter.clone() }
}

fn sample_queries() -> Vec<AccountQuery> {
    vec![
        AccountQuery::customers_of("reseller1"),
        AccountQuery::customers_of("admin"),
        AccountQuery::customer("jdoe"),
        AccountQuery::reseller("reseller1"),
        AccountQuery::customer("</login><login>admin</login>"),
        AccountQuery::reseller("]]>&amp;\"'\r\n\t"),
        AccountQuery::customer("é中🔑"),
        AccountQuery::customer(""),
    ]
}

#[test]
fn queries_validate_against_agent_input_xsd_and_parse_back() {
    let queries = sample_queries();
    let documents: Vec<String> = queries.iter().map(AccountQuery::to_xml).collect();
    common::assert_all_valid("agent_input.xsd", &documents);
    for (query, xml) in queries.iter().zip(&documents) {
        let packet = parse_request(xml).unwrap_or_else(|e| panic!("{xml}: {e}"));
        assert_eq!(packet.operators, vec![received(query)], "{xml}");
        assert_eq!(packet.version, None, "no version, as RequestPacket's default");
        assert_eq!(packet.operation_count(), 1);
    }
}

/// Key health asks about every owner in view with two packets per server (issue 27): one
/// holding a `customer get` per login, one a `reseller get` per login. Both validate and parse
/// back as one query per login, in order.
#[test]
fn owner_lookups_are_batched_in_two_valid_packets() {
    let logins: Vec<String> = ["jdoe", "reseller1", "</login>", "gone"].map(str::to_owned).to_vec();
    let (customers, resellers) = key_health::owner_packets(&logins).expect("two packets");
    common::assert_all_valid("agent_input.xsd", &[customers.clone(), resellers.clone()]);
    for (xml, make) in [
        (&customers, AccountQuery::customer as fn(&str) -> AccountQuery),
        (&resellers, AccountQuery::reseller),
    ] {
        let packet = parse_request(xml).unwrap_or_else(|e| panic!("{xml}: {e}"));
        let expected: Vec<ReceivedOperator> = logins.iter().map(|login| received(&make(login))).collect();
        assert_eq!(packet.operators, expected, "{xml}");
    }
}

#[test]
fn a_login_xml_cannot_carry_stays_a_valid_packet_naming_no_real_account() {
    let xml = AccountQuery::customer("jd\u{1}oe").to_xml();
    common::assert_all_valid("agent_input.xsd", std::slice::from_ref(&xml));
    assert_eq!(
        parse_request(&xml).unwrap().operators,
        vec![ReceivedOperator::AccountGet {
            kind: AccountKind::Customer,
            filter: AccountFilter::Login("jd\u{FFFD}oe".into())
        }]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_query_parses_back_to_the_same_filter(query in account_query()) {
        let packet = parse_request(&query.to_xml()).expect("our own query parses");
        prop_assert_eq!(packet.operators, vec![received(&query)]);
    }

    #[test]
    fn written_customer_answers_read_back_unchanged(answers in account_answers(AccountKind::Customer)) {
        for style in [ResponseStyle::Compact, ResponseStyle::Pretty] {
            let xml = write_account_response(Some("1.6.9.1"), &answers, style);
            let read = read_account_answer(AccountKind::Customer, xml.as_bytes()).expect("our own answer reads");
            let expected: Vec<AccountLookup> = answers.iter().flat_map(|a| a.results.clone()).collect();
            prop_assert_eq!(read, expected);
        }
    }

    #[test]
    fn written_reseller_answers_read_back_unchanged(answers in account_answers(AccountKind::Reseller)) {
        let xml = write_account_response(None, &answers, ResponseStyle::Compact);
        let read = read_account_answer(AccountKind::Reseller, xml.as_bytes()).expect("our own answer reads");
        let expected: Vec<AccountLookup> = answers.iter().flat_map(|a| a.results.clone()).collect();
        prop_assert_eq!(read, expected);
    }
}

#[test]
fn every_random_query_validates_against_agent_input_xsd() {
    let mut runner = TestRunner::deterministic();
    let strategy = account_query();
    let documents: Vec<String> = (0..200)
        .map(|_| strategy.new_tree(&mut runner).expect("value").current())
        .filter(|query| {
            query.kind == AccountKind::Customer || matches!(query.filter, AccountFilter::Login(_))
        })
        .map(|query| query.to_xml())
        .collect();
    common::assert_all_valid("agent_input.xsd", &documents);
}

#[test]
fn every_written_answer_validates_against_agent_output_xsd() {
    let mut runner = TestRunner::deterministic();
    let mut documents = Vec::new();
    for kind in [AccountKind::Customer, AccountKind::Reseller] {
        let strategy = account_answers(kind);
        for index in 0..100 {
            let answers = strategy.new_tree(&mut runner).expect("value").current();
            let style = if index % 2 == 0 { ResponseStyle::Compact } else { ResponseStyle::Pretty };
            let version = (index % 3 == 0).then_some("1.6.9.1");
            documents.push(write_account_response(version, &answers, style));
        }
    }
    // Both kinds in one packet, and several accounts in one Found (one result each).
    let account = |login: &str, id: &str| Account {
        id: id.into(),
        login: login.into(),
        name: String::new(),
        status: 16,
        owner_login: Some("admin".into()),
    };
    documents.push(write_account_response(
        None,
        &[
            AccountAnswer {
                query: AccountQuery::customers_of("admin"),
                results: vec![AccountLookup::Found(vec![account("a", "4"), account("b", "5")])],
            },
            AccountAnswer {
                query: AccountQuery::reseller("r"),
                results: vec![AccountLookup::Found(vec![account("r", "2")])],
            },
        ],
        ResponseStyle::Pretty,
    ));
    common::assert_all_valid("agent_output.xsd", &documents);
}

#[test]
fn several_accounts_in_one_found_are_one_result_each() {
    let account = |login: &str, id: &str| Account {
        id: id.into(),
        login: login.into(),
        name: "N".into(),
        status: 0,
        owner_login: Some("reseller1".into()),
    };
    let xml = write_account_response(
        None,
        &[AccountAnswer {
            query: AccountQuery::customers_of("reseller1"),
            results: vec![AccountLookup::Found(vec![account("a", "4"), account("b", "5")])],
        }],
        ResponseStyle::Compact,
    );
    assert_eq!(xml.matches("<filter-id>reseller1</filter-id>").count(), 2, "{xml}");
    assert_eq!(
        read_account_answer(AccountKind::Customer, xml.as_bytes()).unwrap(),
        vec![AccountLookup::Found(vec![account("a", "4")]), AccountLookup::Found(vec![account("b", "5")])]
    );
}

/// Shaped like the sample of Plesk's "Getting Information About Customer Accounts" page:
/// pretty-printed, with fields this crate does not read.
#[test]
fn reads_an_answer_as_plesk_documents_it() {
    let body = r#"<?xml version="1.0" encoding="UTF-8"?>
<packet version="1.6.7.0">
  <customer>
    <get>
      <result>
        <status>ok</status>
        <filter-id>3</filter-id>
        <id>3</id>
        <data>
          <gen_info>
            <cr_date>2015-12-02</cr_date>
            <cname>Example Ltd.</cname>
            <pname>Jane Roe</pname>
            <login>janeroe</login>
            <status>0</status>
            <phone>555 0100</phone>
            <fax/>
            <email>jane@example.com</email>
            <address>1 Main Street</address>
            <city>Toronto</city>
            <state/>
            <pcode/>
            <country>CA</country>
            <locale>en-US</locale>
            <guid>ebad04d7-f762-4360-bedc-0812384538ca</guid>
            <owner-login>admin</owner-login>
            <vendor-guid>00000000-0000-0000-0000-000000000000</vendor-guid>
            <external-id/>
            <description/>
          </gen_info>
          <stat><active_domains>1</active_domains></stat>
        </data>
      </result>
    </get>
  </customer>
</packet>
"#;
    assert_eq!(
        read_account_answer(AccountKind::Customer, body.as_bytes()).unwrap(),
        vec![AccountLookup::Found(vec![Account {
            id: "3".into(),
            login: "janeroe".into(),
            name: "Jane Roe".into(),
            status: 0,
            owner_login: Some("admin".into()),
        }])]
    );
    let reseller = "<packet><reseller><get><result><status>ok</status><filter-id>r1</filter-id><id>7</id><data><gen-info><cr-date>2020-01-01</cr-date><pname>R</pname><login>r1</login><status>256</status></gen-info></data></result></get></reseller></packet>";
    let read = read_account_answer(AccountKind::Reseller, reseller.as_bytes()).unwrap();
    let AccountLookup::Found(accounts) = &read[0] else { panic!("{read:?}") };
    assert_eq!((accounts[0].login.as_str(), accounts[0].status, accounts[0].is_active()), ("r1", 256, false));
}

/// Broken answers: each gets its typed error, never a guess about an account.
#[test]
fn broken_answers_are_refused_with_typed_errors() {
    type Expectation = fn(&AccountAnswerError) -> bool;
    let ok = |data: &str| {
        format!("<packet><customer><get><result><status>ok</status><id>3</id><data>{data}</data></result></get></customer></packet>")
    };
    let cases: Vec<(&str, AccountKind, Vec<u8>, Expectation)> = vec![
        ("html", AccountKind::Customer, b"<html><body>502</body></html>".to_vec(), |e| {
            matches!(e, AccountAnswerError::Unreadable(ResponseError::Xml(XmlError::Html { .. })))
        }),
        ("not utf-8", AccountKind::Customer, b"<packet>\xff</packet>".to_vec(), |e| {
            matches!(e, AccountAnswerError::Unreadable(ResponseError::NotUtf8))
        }),
        (
            "too large",
            AccountKind::Customer,
            format!("<packet>{}</packet>", " ".repeat(limits::MAX_RESPONSE_BYTES)).into_bytes(),
            |e| matches!(e, AccountAnswerError::Unreadable(ResponseError::TooLarge { .. })),
        ),
        ("a key answer", AccountKind::Customer, b"<packet><secret_key><get_info><result><status>ok</status></result></get_info></secret_key></packet>".to_vec(), |e| {
            matches!(e, AccountAnswerError::Unreadable(ResponseError::Unexpected { .. }))
        }),
        ("another operation", AccountKind::Customer, b"<packet><customer><del><result><status>ok</status></result></del></customer></packet>".to_vec(), |e| {
            matches!(e, AccountAnswerError::Unreadable(ResponseError::Unexpected { .. }))
        }),
        ("no status", AccountKind::Reseller, b"<packet><reseller><get><result><id>1</id></result></get></reseller></packet>".to_vec(), |e| {
            matches!(e, AccountAnswerError::Unreadable(ResponseError::MissingStatus { .. }))
        }),
        ("bad errcode", AccountKind::Reseller, b"<packet><reseller><get><result><status>error</status><errcode>x</errcode></result></get></reseller></packet>".to_vec(), |e| {
            matches!(e, AccountAnswerError::Unreadable(ResponseError::BadErrcode { .. }))
        }),
        ("the other spelling", AccountKind::Customer, ok("<gen-info><login>a</login><status>0</status></gen-info>").into_bytes(), |e| {
            *e == AccountAnswerError::IncompleteAccount { field: "gen_info" }
        }),
        ("no login", AccountKind::Customer, ok("<gen_info><login/><status>0</status></gen_info>").into_bytes(), |e| {
            *e == AccountAnswerError::IncompleteAccount { field: "login" }
        }),
        ("no status of the account", AccountKind::Customer, ok("<gen_info><login>a</login></gen_info>").into_bytes(), |e| {
            *e == AccountAnswerError::IncompleteAccount { field: "status" }
        }),
        ("an empty status", AccountKind::Customer, ok("<gen_info><login>a</login><status/></gen_info>").into_bytes(), |e| {
            *e == AccountAnswerError::IncompleteAccount { field: "status" }
        }),
        ("a negative status", AccountKind::Customer, ok("<gen_info><login>a</login><status>-16</status></gen_info>").into_bytes(), |e| {
            *e == AccountAnswerError::BadAccountStatus { status: "-16".into() }
        }),
        ("no id", AccountKind::Customer, b"<packet><customer><get><result><status>ok</status><data><gen_info><login>a</login><status>0</status></gen_info></data></result></get></customer></packet>".to_vec(), |e| {
            *e == AccountAnswerError::IncompleteAccount { field: "id" }
        }),
    ];
    for (name, kind, body, expected) in cases {
        match read_account_answer(kind, &body) {
            Err(error) => {
                assert!(expected(&error), "{name}: got {error:?}");
                assert!(!error.to_string().is_empty());
            }
            Ok(lookups) => panic!("{name}: accepted as {lookups:?}"),
        }
    }
}

/// Plesk's error texts may quote a key: the sentences and the inspector's rendering redact it,
/// as for key answers.
#[test]
fn error_texts_are_redacted_in_sentences_and_packets() {
    let key = "e4b01d73-7368-64a6-0515-9fa8fc1d3a78";
    let result = format!("<packet><customer><get><result><status>error</status><errcode>1013</errcode><errtext>client {key} does not exist</errtext><filter-id>x</filter-id></result></get></customer></packet>");
    let system = format!("<packet><system><status>error</status><errcode>11003</errcode><errtext>PleskAPIInvalidSecretKeyException : key {key} is not found</errtext></system></packet>");
    let sentence = match read_account_answer(AccountKind::Customer, result.as_bytes()).unwrap().remove(0) {
        AccountLookup::Failed(error) => error.to_string(),
        AccountLookup::Found(accounts) => panic!("{accounts:?}"),
    };
    assert!(!sentence.contains(&key[9..13]) && sentence.contains(REDACTED), "{sentence}");
    let refusal = read_account_answer(AccountKind::Customer, system.as_bytes()).unwrap_err().to_string();
    assert!(!refusal.contains(&key[9..13]) && refusal.contains(REDACTED), "{refusal}");
    for body in [&result, &system] {
        let shown = redact_packet(body).unwrap();
        assert!(!shown.contains(&key[9..13]) && shown.contains(REDACTED), "{shown}");
    }
}

/// Valid customer/reseller packets of other shapes stay `Unsupported`, as before.
#[test]
fn other_valid_shapes_stay_unsupported() {
    let shapes = [
        ("customer", "<packet><customer><get><filter/><dataset><gen_info/></dataset></get></customer></packet>"),
        ("customer", "<packet><customer><get><filter><id>3</id></filter><dataset><gen_info/></dataset></get></customer></packet>"),
        ("customer", "<packet><customer><get><filter><login>a</login><login>b</login></filter><dataset><gen_info/></dataset></get></customer></packet>"),
        ("customer", "<packet><customer><get><filter><login>a</login></filter><dataset><gen_info/><stat/></dataset></get></customer></packet>"),
        ("customer", "<packet><customer><get><filter><login>a</login></filter><dataset/></get></customer></packet>"),
        ("customer", "<packet><customer><get><filter><login>a</login></filter><dataset><gen_info/></dataset></get><get><filter><login>b</login></filter><dataset><gen_info/></dataset></get></customer></packet>"),
        ("customer", "<packet><customer><del><filter><login>a</login></filter></del></customer></packet>"),
        ("reseller", "<packet><reseller><get><filter><all/></filter><dataset><gen-info/></dataset></get></reseller></packet>"),
        ("reseller", "<packet><reseller><get><filter><login>a</login></filter><dataset><gen-info/><permissions/></dataset></get></reseller></packet>"),
        ("reseller", "<packet><reseller><get><filter/><dataset><gen-info/></dataset></get></reseller></packet>"),
    ];
    let documents: Vec<String> = shapes.iter().map(|(_, xml)| xml.to_string()).collect();
    common::assert_all_valid("agent_input.xsd", &documents);
    for (name, xml) in shapes {
        let packet = parse_request(xml).unwrap_or_else(|e| panic!("{xml}: {e}"));
        assert_eq!(packet.operators, vec![ReceivedOperator::Unsupported(name.into())], "{xml}");
    }
    // The general information may carry anything (the dataset's elements have no type).
    let any = "<packet><customer><get><filter><owner-login> r1 </owner-login></filter><dataset><gen_info a=\"1\">x<y/></gen_info></dataset></get></customer></packet>";
    common::assert_all_valid("agent_input.xsd", &[any.to_string()]);
    assert_eq!(
        parse_request(any).unwrap().operators,
        vec![ReceivedOperator::AccountGet {
            kind: AccountKind::Customer,
            filter: AccountFilter::OwnerLogin(" r1 ".into())
        }]
    );
}

#[test]
fn operation_count_counts_each_account_get_once() {
    let xml = "<packet><secret_key><get_info><filter/></get_info><delete><filter/></delete></secret_key><customer><get><filter><login>a</login></filter><dataset><gen_info/></dataset></get></customer><reseller><get><filter><login>r</login></filter><dataset><gen-info/></dataset></get></reseller><webspace><get/></webspace></packet>";
    let packet = parse_request(xml).unwrap();
    assert_eq!(packet.operation_count(), 5);
    assert!(matches!(packet.operators[2], ReceivedOperator::AccountGet { kind: AccountKind::Reseller, .. }));
}

/// Customer and reseller packets the schema refuses: our 1014 text carries exactly xmllint's
/// (libxml2's) first message and line, as for secret_key.
#[test]
fn schema_refusals_use_libxml2_wording() {
    let invalid = [
        // The reseller filter has no owner-login: a reseller query by owner is refused.
        AccountQuery { kind: AccountKind::Reseller, filter: AccountFilter::OwnerLogin("r".into()) }.to_xml(),
        "<packet><customer/></packet>".into(),
        "<packet><reseller/></packet>".into(),
        "<packet><customer a=\"1\"><get><filter/><dataset/></get></customer></packet>".into(),
        "<packet><customer>x<get><filter/><dataset/></get></customer></packet>".into(),
        "<packet><customer><foo/></customer></packet>".into(),
        "<packet><reseller><foo/></reseller></packet>".into(),
        "<packet><customer><get><filter><login>a</login></filter><dataset><gen_info/></dataset></get><foo/></customer></packet>".into(),
        "<packet><customer><get><filter/><dataset/></get><get><filter/></get></customer></packet>".into(),
        "<packet><customer><get/></customer></packet>".into(),
        "<packet><customer><get a=\"1\"><filter/><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter/></get></customer></packet>".into(),
        "<packet><customer><get><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter/><filter/><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter/><dataset/><x/></get></customer></packet>".into(),
        "<packet><customer><get><filter>t</filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter a=\"1\"/><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><login>a</login><id>1</id></filter><dataset><gen_info/></dataset></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>1</id><login>a</login></filter><dataset><gen_info/></dataset></get></customer></packet>".into(),
        "<packet><customer><get><filter><login>a</login><owner-login>b</owner-login></filter><dataset><gen_info/></dataset></get></customer></packet>".into(),
        "<packet><customer><get><filter><x/></filter><dataset><gen_info/></dataset></get></customer></packet>".into(),
        "<packet><customer><get><filter><x/></filter></get></customer></packet>".into(),
        "<packet><customer><get><filter><login><b/></login></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><login a=\"1\">x</login></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>abc</id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id> abc </id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>0</id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>-5</id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>+0</id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id></id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>1 2</id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>1.0</id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><id>9999999999999999999999999</id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><owner-id>x</owner-id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><owner-id>-</owner-id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><owner-id>+-1</owner-id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter><owner-id>9999999999999999999999999</owner-id></filter><dataset/></get></customer></packet>".into(),
        "<packet><customer><get><filter/><dataset><stat/><gen_info/></dataset></get></customer></packet>".into(),
        "<packet><customer><get><filter/><dataset><gen-info/></dataset></get></customer></packet>".into(),
        "<packet><customer><get><filter/><dataset a=\"1\"><gen_info/></dataset></get></customer></packet>".into(),
        "<packet><customer><get><filter/><dataset>x</dataset></get></customer></packet>".into(),
        "<packet><reseller><get><filter><login>a</login></filter><dataset><gen_info/></dataset></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><owner-login>a</owner-login></filter><dataset><gen-info/></dataset></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><all/><all/></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><login>a</login><all/></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><all/><login>b</login></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><all>x</all></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><all> </all></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><all><b/></all></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><all a=\"1\"/></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter><id>0</id></filter><dataset/></get></reseller></packet>".into(),
        "<packet><reseller><get><filter/><dataset><limits/><gen-info/></dataset></get></reseller></packet>".into(),
        "<packet>\n<secret_key><get_info><filter/></get_info></secret_key>\n<customer>\n<get>\n<filter>\n<login>a</login>\n<guid>g</guid>\n</filter>\n<dataset/>\n</get>\n</customer>\n</packet>".into(),
    ];
    let verdicts = common::validate_all("agent_input.xsd", &invalid);
    for (document, verdict) in invalid.iter().zip(verdicts) {
        assert!(!verdict.valid, "xmllint accepts {document}");
        let ours = match parse_request(document) {
            Err(RequestError::Invalid { line, message }) => (line, message),
            other => panic!("{document}: expected a schema refusal, got {other:?}"),
        };
        assert_eq!(ours, (verdict.lines[0], verdict.messages[0].clone()), "{document}");
    }
}

/// Integers xmllint accepts (libxml2's reading of `id_type` and `int`), so the parser does too.
#[test]
fn integer_filters_xmllint_accepts_are_accepted() {
    let values = [
        ("id", "+5"),
        ("id", "007"),
        ("id", " 7 "),
        ("id", "999999999999999999999999"),
        ("id", "0000000000000000000000000001"),
        ("owner-id", "-3"),
        ("owner-id", "0"),
        ("owner-id", "-0"),
        ("owner-id", "99999999999"),
    ];
    let documents: Vec<String> = values
        .iter()
        .map(|(name, value)| {
            format!("<packet><customer><get><filter><{name}>{value}</{name}></filter><dataset><gen_info/></dataset></get></customer></packet>")
        })
        .collect();
    common::assert_all_valid("agent_input.xsd", &documents);
    for document in &documents {
        assert_eq!(
            parse_request(document).map(|packet| packet.operators),
            Ok(vec![ReceivedOperator::Unsupported("customer".into())]),
            "{document}"
        );
    }
}
