#!/usr/bin/env python3
"""COMPARISON PEER, NOT PART OF THE PRODUCT.

A small script the way someone would check a driehoek model without the tool: load the YAML
with PyYAML and run two rules (SD02 meerdere-eigenaren on the peildatum, SD13
financieringstekort). It exists only so that BENCHMARKS.md can compare `driehoek check`
against it with hyperfine. Uses PyYAML's C loader (libyaml) when available, as a careful
scripter would; pass --pure to force the pure-Python SafeLoader.

    python3 Benchmarks/peers/peer_check.py MODEL.yaml [--pure]
"""
import datetime
import sys

import yaml


def day(value):
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def valid_on(period, when):
    if not period:
        return True
    start, end = day(period.get("van")), day(period.get("tot"))
    return (start is None or start <= when) and (end is None or when <= end)


def main(argv):
    pure = "--pure" in argv
    paths = [a for a in argv[1:] if not a.startswith("--")]
    loader = yaml.SafeLoader if pure or not yaml.__with_libyaml__ else yaml.CSafeLoader
    with open(paths[0], encoding="utf-8") as handle:
        model = yaml.load(handle, Loader=loader)
    peildatum = day(model.get("peildatum")) or datetime.date.today()
    findings = []
    # SD02: more than one eigenaar valid on the peildatum.
    owners = {}
    for role in model.get("rollen") or []:
        if role.get("rol") == "eigenaar" and valid_on(role.get("geldig"), peildatum):
            owners.setdefault(role["van"], []).append(role["houder"])
    for executor, holders in owners.items():
        if len(holders) > 1:
            findings.append(f"SD02 {executor}: {len(holders)} eigenaren")
    # SD13: budget below costs, or costs without a budget.
    for opdracht in model.get("opdrachten") or []:
        cost, budget = opdracht.get("kosten"), opdracht.get("budget")
        if cost is not None and (budget is None or budget < cost):
            findings.append(f"SD13 {opdracht['id']}: budget {budget} < kosten {cost}")
    print(f"{len(findings)} bevindingen ({'SafeLoader' if loader is yaml.SafeLoader else 'CSafeLoader'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
