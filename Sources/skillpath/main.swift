import SkillpathCore
import Foundation
let r = CatalogLoader.check(directory: CommandLine.arguments[1])
for d in r.diagnostics { print(d) }
print(r.catalog?.credentials.count ?? -1)
