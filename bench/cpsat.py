#!/usr/bin/env python3
"""Solve skillpath planner cases with OR-tools CP-SAT, for the side-by-side benchmark.

Reads the same files the planner reads (a catalog directory in the format of shared/spec/CATALOG.md
and a cases.json of planner cases) and solves each case with the model of shared/spec/PLANNING.md,
rules 1-6 (version 1; the version-2 profile keys are not modelled):

- a boolean x_c per usable credential (rule 2) and an integer position p_c;
- a prerequisite of c (rule 3) is met by a credential a taken before it: a boolean b_ac with
  b_ac => x_a and b_ac => p_a < p_c, so a prerequisite cycle can never support itself;
  a skill test {skill, level} holds when the start level is enough or some b_ac with a granting
  >= level is true; anyOf/allOf through auxiliary booleans; a stack needs at least `count` of its
  parts earned at the start or taken before it;
- the goal (rule 4) on the start plus every taken credential;
- the budget (rule 5) on the sum of prices;
- the objective (rule 6) lexicographically by solving twice: the first term to optimality, then the
  second with the first fixed at its optimum. Amounts are in cents (x100, rounded).

Output: one JSON object a line per case on stdout:
  {"case": i, "status": "optimal"|"infeasible"|"unknown"|"feasible", "value": v, "tiebreak": t,
   "seconds": s}
`seconds` is the wall time to build and solve the model (both passes), catalog loading excluded.
With --check, each result is compared with the case's "expect" and the exit status is 1 on any
disagreement (this is how the model is validated against the proven optima).
"""

import argparse
import glob
import json
import os
import sys
import time

from ortools.sat.python import cp_model


def load_catalog(directory):
    """The credentials and roles of a catalog directory."""
    with open(os.path.join(directory, "roles.json")) as f:
        roles = {r["id"]: r for r in json.load(f)}
    credentials = []
    for path in sorted(glob.glob(os.path.join(directory, "credentials", "*.json"))):
        with open(path) as f:
            credentials.extend(json.load(f))
    return credentials, roles


def cents(x):
    return int(round(x * 100))


class CaseModel:
    """The CP-SAT model of one planner case."""

    def __init__(self, credentials, roles, case):
        self.credentials = credentials
        self.case = case
        profile = case.get("profile", {})
        self.profile = profile
        self.by_id = {c["id"]: c for c in credentials}
        earned = [e for e in profile.get("earned", []) if e in self.by_id]
        self.earned = set(earned)
        # Rule 1: the start levels.
        self.start = dict(profile.get("skills", {}))
        for e in earned:
            for g in self.by_id[e].get("skills", []):
                lvl = g.get("level", 1)
                if self.start.get(g["skill"], 0) < lvl:
                    self.start[g["skill"]] = lvl
        # Rule 2: usable credentials.
        excluded = set(profile.get("excludeProviders", []))
        accredited_only = profile.get("accreditedOnly", False)
        self.usable = [c for c in credentials
                       if c["id"] not in self.earned and c["provider"] not in excluded
                       and (not accredited_only or c.get("accredited", False))]
        self.usable_ids = {c["id"] for c in self.usable}
        # Grantors of each skill: (level, credential id), usable only.
        self.grantors = {}
        for c in self.usable:
            for g in c.get("skills", []):
                self.grantors.setdefault(g["skill"], []).append((g.get("level", 1), c["id"]))
        self.role = roles[case["role"]]
        self.goal = list(self.role.get("requires", []))
        if case.get("includeRecommended"):
            self.goal += self.role.get("recommends", [])
        self.keep_relevant()
        self.m = cp_model.CpModel()
        n = len(self.usable)
        self.x = {c["id"]: self.m.NewBoolVar("x_" + c["id"]) for c in self.usable}
        self.p = {}
        self.n = max(1, n)
        self.before_cache = {}

    def keep_relevant(self):
        """Keeps only the usable credentials that can help meet the goal: named by or granting a skill
        level asked for by the goal, or (recursively) by a kept credential's requires or stack. Prices
        and hours are never negative, so dropping the others keeps every optimum."""
        kept, work = set(), list(self.goal)
        while work:
            cond = work.pop()
            if isinstance(cond, str):
                found = [cond] if cond in self.usable_ids else []
            elif "skill" in cond:
                level = cond.get("level", 1)
                found = [] if self.start.get(cond["skill"], 0) >= level else \
                    [a for lvl, a in self.grantors.get(cond["skill"], []) if lvl >= level]
            else:
                work.extend(cond.get("anyOf", []) + cond.get("allOf", []))
                found = []
            for a in found:
                if a not in kept:
                    kept.add(a)
                    work.extend(self.by_id[a].get("requires", []))
                    work.extend(self.by_id[a].get("stack", {}).get("of", []))
        self.usable = [c for c in self.usable if c["id"] in kept]
        self.usable_ids = kept
        for skill, grantors in self.grantors.items():
            self.grantors[skill] = [(lvl, a) for lvl, a in grantors if a in kept]

    def position(self, cid):
        if cid not in self.p:
            self.p[cid] = self.m.NewIntVar(0, self.n - 1, "p_" + cid)
        return self.p[cid]

    def before(self, a, c):
        """A literal: credential a is taken before credential c."""
        key = (a, c)
        if key not in self.before_cache:
            b = self.m.NewBoolVar("b_%s_%s" % (a, c))
            self.m.AddImplication(b, self.x[a])
            self.m.Add(self.position(a) < self.position(c)).OnlyEnforceIf(b)
            self.before_cache[key] = b
        return self.before_cache[key]

    def held(self, a, c):
        """True, False or a literal: credential a is held before c (None = at the end)."""
        if a in self.earned:
            return True
        if a not in self.usable_ids or a == c:
            return False
        return self.x[a] if c is None else self.before(a, c)

    def condition(self, cond, c):
        """True, False or a literal implying that `cond` holds before c (None = at the end)."""
        if isinstance(cond, str):
            return self.held(cond, c)
        if "skill" in cond:
            level = cond.get("level", 1)
            if self.start.get(cond["skill"], 0) >= level:
                return True
            options = [self.held(a, c) for lvl, a in self.grantors.get(cond["skill"], []) if lvl >= level]
            return self.any(options)
        if "anyOf" in cond:
            return self.any([self.condition(s, c) for s in cond["anyOf"]])
        if "allOf" in cond:
            return self.all([self.condition(s, c) for s in cond["allOf"]])
        return False

    def any(self, parts):
        if any(p is True for p in parts):
            return True
        lits = [p for p in parts if p is not False]
        if not lits:
            return False
        if len(lits) == 1:
            return lits[0]
        v = self.m.NewBoolVar("")
        self.m.AddBoolOr(lits).OnlyEnforceIf(v)
        return v

    def all(self, parts):
        if any(p is False for p in parts):
            return False
        lits = [p for p in parts if p is not True]
        if not lits:
            return True
        if len(lits) == 1:
            return lits[0]
        v = self.m.NewBoolVar("")
        for lit in lits:
            self.m.AddImplication(v, lit)
        return v

    def require(self, lit, enforce=None):
        """Adds `enforce => lit` (or `lit` when enforce is None)."""
        if lit is True:
            return True
        if lit is False:
            if enforce is None:
                return False
            self.m.Add(enforce == 0)
            return True
        if enforce is None:
            self.m.Add(lit == 1)
        else:
            self.m.AddImplication(enforce, lit)
        return True

    def build(self):
        """Adds every constraint; False when the goal is plainly impossible."""
        for c in self.usable:
            cid = c["id"]
            xc = self.x[cid]
            for cond in c.get("requires", []):
                self.require(self.condition(cond, cid), xc)
            stack = c.get("stack")
            if stack:
                parts = stack["of"]
                count = stack.get("count", len(parts))
                held = [self.held(a, cid) for a in parts]
                fixed = sum(1 for h in held if h is True)
                lits = [h for h in held if h is not True and h is not False]
                if fixed + len(lits) < count:
                    self.m.Add(xc == 0)
                elif fixed < count:
                    self.m.Add(sum(lits) >= count - fixed).OnlyEnforceIf(xc)
        ok = True
        for cond in self.goal:
            ok = self.require(self.condition(cond, None)) and ok
        budget = self.profile.get("budget")
        if budget is not None:
            self.m.Add(sum(cents(c["price"]) * self.x[c["id"]] for c in self.usable) <= cents(budget))
        return ok

    def terms(self):
        """The two objective terms as linear expressions, and how to scale them back."""
        objective = self.profile.get("objective", "cost")
        price = sum(cents(c["price"]) * self.x[c["id"]] for c in self.usable)
        hours = sum(cents(c["hours"]) * self.x[c["id"]] for c in self.usable)
        if objective == "time":
            return hours, price
        if objective == "balanced":
            hv = self.profile.get("hourValue", 20)
            return sum((cents(c["price"]) + int(round(hv * c["hours"] * 100))) * self.x[c["id"]]
                       for c in self.usable), None
        return price, hours


def solve(credentials, roles, case, time_limit, workers):
    started = time.perf_counter()
    model = CaseModel(credentials, roles, case)
    result = {"case": case["_number"]}
    if not model.build():
        # A goal condition nothing usable can meet: infeasible before any search.
        result.update(status="infeasible", seconds=time.perf_counter() - started)
        return result
    first, second = model.terms()
    model.m.Minimize(first)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.Solve(model.m)
    if status == cp_model.INFEASIBLE:
        result.update(status="infeasible")
    elif status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        value = int(round(solver.ObjectiveValue()))
        proven = status == cp_model.OPTIMAL
        tiebreak = int(round(solver.Value(second))) if second is not None else 0
        if second is not None and proven:
            for c in model.usable:
                model.m.AddHint(model.x[c["id"]], solver.Value(model.x[c["id"]]))
            model.m.Add(first == value)
            model.m.Minimize(second)
            left = max(0.1, time_limit - (time.perf_counter() - started))
            solver.parameters.max_time_in_seconds = left
            status2 = solver.Solve(model.m)
            proven = status2 == cp_model.OPTIMAL
            if status2 in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                tiebreak = int(round(solver.ObjectiveValue()))
        result.update(status="optimal" if proven else "feasible", value=value / 100, tiebreak=tiebreak / 100)
    else:
        result.update(status="unknown")
    result["seconds"] = time.perf_counter() - started
    return result


def agrees(result, expect):
    if result["status"] == "infeasible":
        return not expect.get("feasible", False)
    if result["status"] != "optimal" or not expect.get("feasible", False):
        return False
    if "value" in expect and abs(result["value"] - expect["value"]) > 0.005:
        return False
    if "tiebreak" in expect and abs(result["tiebreak"] - expect["tiebreak"]) > 0.005:
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalog", help="the catalog directory")
    parser.add_argument("cases", help="the cases.json file")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per case (default 60)")
    parser.add_argument("--workers", type=int, default=2, help="CP-SAT search workers (default 2)")
    parser.add_argument("--check", action="store_true", help="compare with each case's expect; exit 1 on a mismatch")
    parser.add_argument("--only", type=int, action="append", help="solve only this case number (repeatable)")
    args = parser.parse_args()
    credentials, roles = load_catalog(args.catalog)
    with open(args.cases) as f:
        cases = json.load(f)
    mismatches = 0
    for i, case in enumerate(cases):
        if args.only and i not in args.only:
            continue
        case["_number"] = i
        result = solve(credentials, roles, case, args.time_limit, args.workers)
        if args.check and "expect" in case:
            result["agrees"] = agrees(result, case["expect"])
            if not result["agrees"]:
                mismatches += 1
                result["expect"] = case["expect"]
        print(json.dumps(result), flush=True)
    if args.check:
        print("%d disagree with the proven optima" % mismatches, file=sys.stderr)
        sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
