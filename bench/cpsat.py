#!/usr/bin/env python3
"""Solve skillpath planner cases with OR-tools CP-SAT, for the side-by-side benchmark.

Reads the same files the planner reads (a catalog directory in the format of shared/spec/CATALOG.md
and a cases.json of planner cases) and solves each case with the model of shared/spec/PLANNING.md,
rules 1-6 with the version-2 additions:

- a boolean x_c per usable credential (rule 2) and an integer position p_c;
- a prerequisite of c (rule 3) is met by a credential a taken before it: a boolean b_ac with
  b_ac => x_a and b_ac => p_a < p_c, so a prerequisite cycle can never support itself;
  a skill test {skill, level} holds when the start level is enough or some b_ac with a granting
  >= level is true; anyOf/allOf through auxiliary booleans; a stack needs at least `count` of its
  parts earned at the start or taken before it;
- usable (rule 2 as amended): not earned, not in `avoid`, provider not in `excludeProviders` and (when
  `onlyProviders` is non-empty) in it, accredited when `accreditedOnly`, and not retired (`retires`
  on or before the start date: the profile's `startDate`, else --today);
- the goal (rule 4) on the start plus every taken credential, and every credential of `require`
  taken or earned (one that is not usable leaves no plan);
- the limits (rule 5), all at once: `budget` on the sum of prices, `maxHours` on the sum of hours,
  `deadline` on the sum of hours <= hoursPerWeek x days(deadline - start) / 7 (a deadline before
  the start allows only the empty plan);
- the objective (rule 6) lexicographically by solving twice: the first term to optimality, then the
  second with the first fixed at its optimum (`balanced` has one term; its tiebreak is reported 0,
  as the planner reports it). Amounts are in thousandths (x1000, rounded), as the planner's are;
  a `balanced` cost is price + hourValue x hours rounded once, as the planner rounds it.

Output: one JSON object a line per case on stdout:
  {"case": i, "status": "optimal"|"infeasible"|"unknown"|"feasible", "value": v, "tiebreak": t,
   "seconds": s}
`seconds` is the wall time to build and solve the model (both passes) inside this process, interpreter
start and catalog loading excluded; `solve_seconds` is CP-SAT's own wall time for the solves alone.
With --check, each result is compared with the case's "expect" and the exit status is 1 on any
disagreement (this is how the model is validated against the proven optima).
"""

import argparse
import datetime
import glob
import json
import math
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


SCALE = 1000


def fixed(x):
    """An amount in thousandths, rounded as the planner's PlanningProblem.fixed rounds it (half away
    from zero, not Python's half to even)."""
    y = x * SCALE
    return int(math.floor(y + 0.5)) if y >= 0 else -int(math.floor(-y + 0.5))


def day(text):
    return datetime.date.fromisoformat(text)


class CaseModel:
    """The CP-SAT model of one planner case."""

    def __init__(self, credentials, roles, case, today):
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
        # Rule 2 as amended: usable credentials.
        self.start_date = day(profile["startDate"]) if profile.get("startDate") else today
        excluded = set(profile.get("excludeProviders", []))
        only = set(profile.get("onlyProviders", []))
        avoided = set(profile.get("avoid", []))
        accredited_only = profile.get("accreditedOnly", False)
        self.usable = [c for c in credentials
                       if c["id"] not in self.earned and c["id"] not in avoided and c["provider"] not in excluded
                       and (not only or c["provider"] in only)
                       and (not accredited_only or c.get("accredited", False))
                       and not (c.get("retires") and day(c["retires"]) <= self.start_date)]
        # The limits (rule 5): (amount of a credential, bound), in thousandths; a deadline before
        # the start allows only the empty plan.
        self.limits = []
        self.only_empty = False
        if profile.get("budget") is not None:
            self.limits.append((lambda c: fixed(c["price"]), fixed(profile["budget"])))
        if profile.get("maxHours") is not None:
            self.limits.append((lambda c: fixed(c["hours"]), fixed(profile["maxHours"])))
        if profile.get("deadline"):
            days = (day(profile["deadline"]) - self.start_date).days
            if days < 0:
                self.only_empty = True
            else:
                hours = profile.get("hoursPerWeek", 5) * days / 7
                self.limits.append((lambda c: fixed(c["hours"]), int(math.floor(hours * SCALE + 1e-6))))
        if self.only_empty:
            self.usable = []
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
        # Rule 4 as amended: every required credential taken or earned.
        self.goal += list(profile.get("require", []))
        self.keep_relevant()
        self.m = cp_model.CpModel()
        n = len(self.usable)
        self.x = {c["id"]: self.m.NewBoolVar("x_" + c["id"]) for c in self.usable}
        self.p = {}
        self.component = self.components()
        sizes = {}
        for v in self.component.values():
            sizes[v] = sizes.get(v, 0) + 1
        self.n = max([1] + list(sizes.values()))
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

    def candidates(self, cond, out):
        """Adds to `out` the kept credentials that could help `cond` hold."""
        if isinstance(cond, str):
            if cond in self.usable_ids:
                out.add(cond)
        elif "skill" in cond:
            level = cond.get("level", 1)
            if self.start.get(cond["skill"], 0) < level:
                out.update(a for lvl, a in self.grantors.get(cond["skill"], []) if lvl >= level)
        else:
            for sub in cond.get("anyOf", []) + cond.get("allOf", []):
                self.candidates(sub, out)

    def components(self):
        """The strongly connected components of the support graph (a -> c when a could help a
        prerequisite of c hold), by credential id. Only credentials of one component need positions:
        one from an earlier component can always be taken first, so 'a before c' is just x_a."""
        succ = {c["id"]: [] for c in self.usable}
        for c in self.usable:
            found = set()
            for cond in c.get("requires", []):
                self.candidates(cond, found)
            for a in c.get("stack", {}).get("of", []):
                self.candidates(a, found)
            for a in found:
                if a != c["id"]:
                    succ[a].append(c["id"])
        index, low, on_stack, stack, comp = {}, {}, set(), [], {}
        counter = 0
        for root in succ:
            if root in index:
                continue
            work = [(root, 0)]
            index[root] = low[root] = counter
            counter += 1
            stack.append(root)
            on_stack.add(root)
            while work:
                v, i = work[-1]
                if i < len(succ[v]):
                    work[-1] = (v, i + 1)
                    w = succ[v][i]
                    if w not in index:
                        index[w] = low[w] = counter
                        counter += 1
                        stack.append(w)
                        on_stack.add(w)
                        work.append((w, 0))
                    elif w in on_stack:
                        low[v] = min(low[v], index[w])
                else:
                    work.pop()
                    if work:
                        u = work[-1][0]
                        low[u] = min(low[u], low[v])
                    if low[v] == index[v]:
                        while True:
                            w = stack.pop()
                            on_stack.discard(w)
                            comp[w] = v
                            if w == v:
                                break
        return comp

    def position(self, cid):
        if cid not in self.p:
            self.p[cid] = self.m.NewIntVar(0, self.n - 1, "p_" + cid)
        return self.p[cid]

    def before(self, a, c):
        """A literal: credential a is taken before credential c."""
        if self.component[a] != self.component[c]:
            return self.x[a]
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
                if any(a not in self.by_id for a in stack["of"]):
                    self.m.Add(xc == 0)
                    continue
                parts = sorted(set(stack["of"]))  # a part named twice counts once
                count = stack.get("count", len(stack["of"]))
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
        for amount, bound in self.limits:
            self.m.Add(sum(amount(c) * self.x[c["id"]] for c in self.usable) <= bound)
        return ok

    def terms(self):
        """The two objective terms as linear expressions, and how to scale them back."""
        objective = self.profile.get("objective", "cost")
        price = sum(fixed(c["price"]) * self.x[c["id"]] for c in self.usable)
        hours = sum(fixed(c["hours"]) * self.x[c["id"]] for c in self.usable)
        if objective == "time":
            return hours, price
        if objective == "balanced":
            hv = self.profile.get("hourValue", 20)
            return sum(fixed(c["price"] + hv * c["hours"]) * self.x[c["id"]] for c in self.usable), None
        return price, hours


def solve(credentials, roles, case, time_limit, workers, today):
    started = time.perf_counter()
    model = CaseModel(credentials, roles, case, today)
    result = {"case": case["_number"]}
    if not model.build():
        # A goal condition nothing usable can meet: infeasible before any search.
        result.update(status="infeasible", seconds=time.perf_counter() - started, solve_seconds=0.0)
        return result
    first, second = model.terms()
    model.m.Minimize(first)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.Solve(model.m)
    solve_seconds = solver.WallTime()
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
            solve_seconds += solver.WallTime()
            proven = status2 == cp_model.OPTIMAL
            if status2 in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                tiebreak = int(round(solver.ObjectiveValue()))
        result.update(status="optimal" if proven else "feasible", value=value / SCALE, tiebreak=tiebreak / SCALE)
    else:
        result.update(status="unknown")
    result["seconds"] = time.perf_counter() - started
    result["solve_seconds"] = solve_seconds
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
    parser.add_argument("--today", type=day, default=datetime.date(2026, 12, 1),
                        help="the start date of a profile with no startDate (default 2026-12-01, as the bench)")
    parser.add_argument("--only", type=int, action="append", help="solve only this case number (repeatable)")
    parser.add_argument("--repeat-under", type=float, default=0.0, metavar="SECONDS",
                        help="solve a case that took less than SECONDS twice more and report the median times "
                             "(the bench does the same with its own runs; default 0: once)")
    parser.add_argument("--many-under", type=float, default=0.0, metavar="SECONDS",
                        help="solve a case that took less than SECONDS --many-runs times in all instead "
                             "(default 0: never)")
    parser.add_argument("--many-runs", type=int, default=11, metavar="N",
                        help="how many runs --many-under takes (default 11)")
    args = parser.parse_args()
    credentials, roles = load_catalog(args.catalog)
    with open(args.cases) as f:
        cases = json.load(f)
    mismatches = 0
    for i, case in enumerate(cases):
        if args.only and i not in args.only:
            continue
        case["_number"] = i
        result = solve(credentials, roles, case, args.time_limit, args.workers, args.today)
        runs = args.many_runs if result["seconds"] < args.many_under else 3 if result["seconds"] < args.repeat_under else 1
        if runs > 1:
            more = [result] + [solve(credentials, roles, case, args.time_limit, args.workers, args.today)
                               for _ in range(runs - 1)]
            result["seconds"] = sorted(r["seconds"] for r in more)[runs // 2]
            result["solve_seconds"] = sorted(r["solve_seconds"] for r in more)[runs // 2]
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
