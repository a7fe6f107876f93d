//! The sandbox tests' harness: a sandbox with the test administrator key, every answer it gave
//! validated against agent_output.xsd when the test ends.

#![allow(dead_code)]

use std::cell::RefCell;
use std::net::IpAddr;

use plesk_sandbox::*;
use plesk_xmlapi::*;

pub const ADMIN_KEY: &str = "11111111-2222-3333-4444-555555555555";
pub const LOOPBACK: &str = "127.0.0.1";

pub struct Harness {
    pub sandbox: Sandbox,
    pub answers: RefCell<Vec<String>>,
}

impl Harness {
    pub fn new(allow_owners: bool) -> Self {
        Self::with_data(allow_owners, None)
    }

    /// A sandbox started with a `--sandbox-data` file's content.
    pub fn with_data(allow_owners: bool, data: Option<&str>) -> Self {
        let config = SandboxConfig {
            admin_key: Some(ADMIN_KEY.into()),
            admin_password: Some("admin-pass".into()),
            accounts: data.map(|json| AccountBook::from_json(json).expect("valid data")),
            allow_owners,
            ..SandboxConfig::default()
        };
        let (sandbox, startup) = Sandbox::new(config).expect("sandbox starts");
        assert_eq!(startup.admin_key, ADMIN_KEY);
        Harness { sandbox, answers: RefCell::new(Vec::new()) }
    }

    pub fn raw(&self, body: &str, credentials: Credentials, client: &str, pretty: bool) -> String {
        let client: IpAddr = client.parse().unwrap();
        let answer =
            self.sandbox.handle(&AgentRequest { body: body.as_bytes(), credentials, pretty, client });
        self.answers.borrow_mut().push(answer.clone());
        answer
    }

    pub fn send_as(&self, body: &str, credentials: Credentials, client: &str) -> ResponsePacket {
        parse_response(&self.raw(body, credentials, client, false)).expect("the sandbox answers a packet")
    }

    pub fn admin(&self, packet: &RequestPacket) -> Vec<OperationResponse> {
        match self.send_as(&packet.to_xml(), key(ADMIN_KEY), LOOPBACK).body {
            ResponseBody::Operations(ops) => ops,
            ResponseBody::System(error) => panic!("system error {error:?}"),
        }
    }

    pub fn create(&self, ips: &str, description: &str, login: &str) -> CreateResult {
        let create = CreateKey::new(IpList::parse(ips).unwrap(), description, login).unwrap();
        match self.admin(&RequestPacket::new(Operation::Create(create))).remove(0) {
            OperationResponse::Create(result) => result,
            other => panic!("{other:?}"),
        }
    }

    /// A customer or reseller get, as `AccountQuery` writes it, read as the gateway reads it.
    pub fn accounts_as(
        &self,
        query: &AccountQuery,
        credentials: Credentials,
        pretty: bool,
    ) -> Result<Vec<AccountLookup>, AccountAnswerError> {
        read_account_answer(query.kind, self.raw(&query.to_xml(), credentials, LOOPBACK, pretty).as_bytes())
    }

    /// [`Harness::accounts_as`] for the administrator's key, every result expected found.
    pub fn accounts(&self, query: &AccountQuery) -> Vec<Vec<plesk_xmlapi::Account>> {
        self.accounts_as(query, key(ADMIN_KEY), false)
            .expect("an answer")
            .into_iter()
            .map(|lookup| match lookup {
                AccountLookup::Found(accounts) => accounts,
                AccountLookup::Failed(error) => panic!("{query:?}: {error:?}"),
            })
            .collect()
    }

    pub fn list(&self) -> Vec<KeyInfo> {
        self.admin(&RequestPacket::new(Operation::GetInfo(KeyFilter::All)))[0]
            .key_lookups()
            .into_iter()
            .map(|lookup| match lookup {
                KeyLookup::Found(info) => info,
                KeyLookup::Failed(error) => panic!("{error:?}"),
            })
            .collect()
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            plesk_xsd_check::assert_all_valid("agent_output.xsd", &self.answers.borrow());
        }
    }
}

pub fn key(value: &str) -> Credentials {
    Credentials { key: Some(value.into()), ..Credentials::default() }
}

pub fn login(login: &str, password: &str) -> Credentials {
    Credentials { login: Some(login.into()), password: Some(password.into()), ..Credentials::default() }
}

pub fn system_code(packet: &ResponsePacket) -> Option<u32> {
    match &packet.body {
        ResponseBody::System(error) => Some(error.code.number()),
        ResponseBody::Operations(_) => None,
    }
}

pub const LIST_ALL: &str = "<packet><secret_key><get_info><filter/></get_info></secret_key></packet>";
