"""Files written for people: the audit report, its CSV, the audit trail and comparisons."""
