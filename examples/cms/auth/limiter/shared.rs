//! The same guess limits kept in the database, so that every instance of a PostgreSQL
//! deployment counts against one budget per key: N instances must not give an attacker
//! N budgets. Each check is one atomic statement (`db::limits::take`).

use std::{net::IpAddr, time::Duration};

use super::{
    ACCOUNT_WINDOW, ADDRESS_WINDOW, KNOWN_FOR, Limits, SECOND_FACTOR_PER_ACCOUNT,
    SECOND_FACTOR_PER_ADDRESS, Secret, client_key,
};
use crate::db::{Db, DbError, limits};

/// Guess limits in the database.
#[derive(Debug, Clone)]
pub struct SharedLimits {
    db: Db,
    limits: Limits,
}

/// The keys of one attempt's windows.
struct Keys {
    pair: String,
    account: String,
    known: (String, String),
}

impl SharedLimits {
    pub fn new(db: Db, limits: Limits) -> Self {
        Self { db, limits }
    }

    fn keys(secret: Secret, ip: IpAddr, account: &str) -> Keys {
        let account = account.trim().to_lowercase();
        let ip = client_key(ip).to_string();
        let tag = match secret {
            Secret::Password => "password",
            Secret::SecondFactor => "second",
        };
        Keys {
            pair: format!("{tag}|{account}|{ip}"),
            account: format!("{tag}|{account}"),
            known: (account, ip),
        }
    }

    fn budget(&self, secret: Secret) -> (u32, u32) {
        match secret {
            Secret::Password => (
                self.limits.password_per_address,
                self.limits.password_per_account,
            ),
            Secret::SecondFactor => (SECOND_FACTOR_PER_ADDRESS, SECOND_FACTOR_PER_ACCOUNT),
        }
    }

    /// As [`LoginLimiter::attempt`](super::LoginLimiter::attempt).
    pub async fn attempt(
        &self,
        secret: Secret,
        ip: IpAddr,
        account: &str,
    ) -> Result<Result<(), Duration>, DbError> {
        let per_ip = format!("address|{}", client_key(ip));
        let per_minute = self.limits.per_ip_per_minute.get();
        if let Some(wait) =
            limits::take(&self.db, &per_ip, per_minute, Duration::from_secs(60)).await?
        {
            return Ok(Err(wait));
        }
        let keys = Self::keys(secret, ip, account);
        let (per_address, per_account) = self.budget(secret);
        if let Some(wait) = limits::take(&self.db, &keys.pair, per_address, ADDRESS_WINDOW).await? {
            return Ok(Err(wait));
        }
        if secret == Secret::Password && self.is_known(&keys).await? {
            return Ok(Ok(()));
        }
        if let Some(wait) =
            limits::take(&self.db, &keys.account, per_account, ACCOUNT_WINDOW).await?
        {
            limits::give_back(&self.db, &keys.pair).await?;
            return Ok(Err(wait));
        }
        Ok(Ok(()))
    }

    /// As [`LoginLimiter::succeeded`](super::LoginLimiter::succeeded).
    pub async fn succeeded(
        &self,
        secret: Secret,
        ip: IpAddr,
        account: &str,
    ) -> Result<(), DbError> {
        let keys = Self::keys(secret, ip, account);
        limits::clear(&self.db, &keys.pair).await?;
        if secret != Secret::Password || !self.is_known(&keys).await? {
            limits::give_back(&self.db, &keys.account).await?;
        }
        if secret == Secret::Password {
            limits::remember(&self.db, &keys.known.0, &keys.known.1).await?;
        }
        Ok(())
    }

    async fn is_known(&self, keys: &Keys) -> Result<bool, DbError> {
        limits::is_known(&self.db, &keys.known.0, &keys.known.1, KNOWN_FOR).await
    }

    /// Deletes ended windows and addresses not seen for [`KNOWN_FOR`].
    pub async fn forget_idle(&self) -> Result<(), DbError> {
        limits::purge(&self.db, ACCOUNT_WINDOW * 2, KNOWN_FOR).await
    }
}
