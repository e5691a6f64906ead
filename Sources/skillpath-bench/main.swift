import Foundation
import SkillpathCore
import CatalogGenerator

let dir = CommandLine.arguments[1]
let catalog = try CatalogLoader.load(directory: dir + "/catalog")
let cases = try PlannerCase.load(path: dir + "/cases.json")
let planner = Planner(catalog: catalog)
let only = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) : nil
for c in cases where only == nil || c.number == only {
    let t0 = Date()
    let plan = try planner.plan(PlanRequest(role: c.role, profile: c.profile, today: CalendarDate(year: 2026, month: 12, day: 1)))
    let ms = Date().timeIntervalSince(t0) * 1000
    let verdict = c.isMet(by: plan) ? "OK " : "BAD"
    let line = "\(c.number) \(c.role) \(c.profile.objective) \(verdict) got \(plan.feasible) \(plan.value) \(plan.tiebreak) want \(c.feasible) \(c.value ?? -1) \(c.tiebreak ?? -1) " + String(format: "%.1fms", ms) + "\n"
    FileHandle.standardOutput.write(line.data(using: .utf8)!)
}
