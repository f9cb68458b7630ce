import Foundation
import Testing

@testable import SteadfastStore

/// Two processes (here two stores) writing to one SQLite file at once, each write reading before it
/// writes, as a token, a decision or a commitment edit does: none fails with "database is locked".
@Suite("Concurrent writes on SQLite")
struct ConcurrentWriteTests {
    @Test("read-then-write transactions from two stores on one file all commit, one after the other")
    func readThenWrite() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let first = try await fixture.open()
        let second = try await fixture.open()
        let before = try await first.revision()
        let failures = try await withThrowingTaskGroup(of: String?.self) { group in
            for index in 0..<24 {
                let store = index.isMultiple(of: 2) ? first : second
                group.addTask {
                    do {
                        _ = try await store.createToken(
                            name: "t\(index)", role: .viewer, hash: "hash-\(index)", actor: "test")
                        return nil
                    } catch {
                        return "t\(index): \(error)"
                    }
                }
            }
            var failures: [String] = []
            for try await failure in group { if let failure { failures.append(failure) } }
            return failures
        }
        let accounts = try await first.accounts()
        let after = try await second.revision()
        await first.close()
        await second.close()
        #expect(failures == [])
        #expect(accounts.count == 24)
        #expect(after == before + 24)
    }
}
