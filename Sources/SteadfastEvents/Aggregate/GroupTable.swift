/// Counts and fixed-point Goldstein sums by packed key, in an open-addressing table with linear
/// probing: one 24-byte slot per group, so that a lookup touches one cache line.
struct GroupTable {
    struct Slot {
        var key: UInt64
        var count: Int64
        var sum: Int64
    }

    private(set) var slots: UnsafeMutableBufferPointer<Slot>
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity { size <<= 1 }
        slots = Self.allocate(size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Frees the slots; the table must not be used afterwards.
    func release() {
        slots.deallocate()
    }

    private static func allocate(_ size: Int) -> UnsafeMutableBufferPointer<Slot> {
        let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: size)
        slots.initialize(repeating: Slot(key: GroupKey.vacant, count: 0, sum: 0))
        return slots
    }

    /// Adds `count` rows with Goldstein sum `sum` to the group `key`.
    @inline(__always)
    mutating func add(_ key: UInt64, count rows: Int64, sum: Int64) {
        let mask = slots.count &- 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = slots[index].key
            if found == key {
                slots[index].count &+= rows
                slots[index].sum &+= sum
                return
            }
            if found == GroupKey.vacant {
                slots[index] = Slot(key: key, count: rows, sum: sum)
                count += 1
                if count * 2 > slots.count { grow() }
                return
            }
            index = (index &+ 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Self.allocate(old.count * 2)
        shift -= 1
        count = 0
        for slot in old where slot.key != GroupKey.vacant { add(slot.key, count: slot.count, sum: slot.sum) }
        old.deallocate()
    }

    /// Adds every group of another table. The table first grows to the other's size, so that the
    /// other's slots, taken in order, land in order (in-order insertion into a smaller table with the
    /// same hash would pile every key into one ever longer probe run).
    mutating func merge(_ other: GroupTable) {
        while slots.count < other.slots.count { grow() }
        for slot in other.slots where slot.key != GroupKey.vacant { add(slot.key, count: slot.count, sum: slot.sum) }
    }

    /// The occupied slots, sorted by key.
    func sorted() -> [Slot] {
        var occupied: [Slot] = []
        occupied.reserveCapacity(count)
        for slot in slots where slot.key != GroupKey.vacant { occupied.append(slot) }
        occupied.sort { $0.key < $1.key }
        return occupied
    }
}
