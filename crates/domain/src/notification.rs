//! Which notification mails a person receives: every kind, less the ones they turned off.

use std::collections::BTreeSet;

use crate::{NotificationMail, Viewer};

impl NotificationMail {
    /// Whether mail of this kind can reach `viewer` at all: the reviewers' and triagers' kinds go
    /// to coordinators and admins only.
    pub fn reaches(self, viewer: &Viewer) -> bool {
        match self {
            NotificationMail::ProposalDecided | NotificationMail::FeedbackReplied => true,
            NotificationMail::ReviewRequested
            | NotificationMail::JoinRequested
            | NotificationMail::UrgentFeedback => {
                viewer.is_admin() || viewer.coordinated_regions().next().is_some()
            }
        }
    }
}

/// The kinds of notification mail a person turned off, as stored with the person: their text
/// forms separated by commas (empty when they receive everything).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MailOptOuts(BTreeSet<NotificationMail>);

impl MailOptOuts {
    /// Reads the stored form; a kind this version does not know (written by a newer one) is kept
    /// out of the set rather than failing the person's every mail.
    pub fn from_stored(text: &str) -> Self {
        Self(
            text.split(',')
                .filter_map(|kind| NotificationMail::parse("mail", kind.trim()).ok())
                .collect(),
        )
    }

    /// The stored form.
    pub fn to_stored(&self) -> String {
        self.0
            .iter()
            .map(|kind| kind.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Whether mail of `kind` goes out to the person.
    pub fn receives(&self, kind: NotificationMail) -> bool {
        !self.0.contains(&kind)
    }

    /// The same, with `kind` turned on (`enabled`) or off.
    pub fn with(mut self, kind: NotificationMail, enabled: bool) -> Self {
        if enabled {
            self.0.remove(&kind);
        } else {
            self.0.insert(kind);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turning_kinds_off_and_on_round_trips_through_the_stored_form() {
        let none = MailOptOuts::from_stored("");
        assert!(
            NotificationMail::ALL
                .iter()
                .all(|kind| none.receives(*kind))
        );
        let off = none
            .with(NotificationMail::UrgentFeedback, false)
            .with(NotificationMail::ReviewRequested, false);
        assert_eq!(off.to_stored(), "review_requested,urgent_feedback");
        let read = MailOptOuts::from_stored(&off.to_stored());
        assert!(!read.receives(NotificationMail::UrgentFeedback));
        assert!(read.receives(NotificationMail::FeedbackReplied));
        let on = read.with(NotificationMail::UrgentFeedback, true);
        assert_eq!(on.to_stored(), "review_requested");
    }

    #[test]
    fn a_kind_from_a_newer_version_is_ignored() {
        let read = MailOptOuts::from_stored("weekly_digest,join_requested");
        assert!(!read.receives(NotificationMail::JoinRequested));
        assert_eq!(read.to_stored(), "join_requested");
    }
}
