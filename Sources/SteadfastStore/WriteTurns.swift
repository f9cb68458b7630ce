/// Write transactions on one SQLite database from one process, one at a time, in the order they
/// asked. SQLite lets one connection write at a time; two transactions of the same process that both
/// read and then both ask to write would otherwise meet as a deadlock, and SQLite answers one of them
/// "database is locked". Waiting here holds no thread.
actor WriteTurns {
    private var taken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs a write when its turn comes.
    ///
    /// - Parameters:
    ///   - body: the write.
    /// - Returns: what the write returns.
    /// - Throws: what the write throws.
    func run<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        await take()
        defer { give() }
        return try await body()
    }

    private func take() async {
        guard taken else {
            taken = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func give() {
        if waiting.isEmpty {
            taken = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
