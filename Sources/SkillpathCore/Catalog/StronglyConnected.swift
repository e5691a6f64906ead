/// Strongly connected components of a directed graph (Tarjan's algorithm, iterative).
enum StronglyConnected {
    /// The components, each a list of node indices, in reverse topological order.
    static func components(count: Int, edges: [[Int]]) -> [[Int]] {
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var next = 0
        for root in 0..<count where index[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while var top = work.popLast() {
                if top.edge < edges[top.node].count {
                    let target = edges[top.node][top.edge]
                    top.edge += 1
                    work.append(top)
                    if index[target] < 0 {
                        index[target] = next; low[target] = next; next += 1
                        stack.append(target); onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        low[top.node] = min(low[top.node], index[target])
                    }
                    continue
                }
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[top.node]) }
                if low[top.node] == index[top.node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == top.node { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
    }

    /// One simple cycle through the first node of a strongly connected component.
    static func cycle(in component: [Int], edges: [[Int]]) -> [Int] {
        let members = Set(component)
        let start = component[0]
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]; head += 1
            for target in edges[node] where members.contains(target) {
                if target == start {
                    var path = [node]
                    while let p = parent[path.last!] { path.append(p) }
                    return Array(path.reversed())
                }
                if parent[target] == nil && target != start { parent[target] = node; queue.append(target) }
            }
        }
        return [start]
    }
}
