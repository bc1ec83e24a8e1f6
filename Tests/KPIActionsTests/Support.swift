import Foundation
import KPIActions
import KPIModel

func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text, field: "date") }
func quarter(_ text: String) -> Period { try! Period(parsing: text, in: .april) }
func figure(_ text: String) -> Figure { try! Figure(parsing: text) }
func moment(_ text: String) -> Timestamp { try! Timestamp(parsing: text, field: "t", dateOnly: .startOfDay) }
func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

/// An update as the command line would record it: progress and stage made consistent.
func update(
    _ period: String, progress: String? = nil, stage: Stage? = nil, status: ActionStatus? = nil, due: String? = nil,
    note: String? = nil, at time: String = "2021-05-01"
) -> ActionUpdate {
    let checked = try! ActionUpdate.consistent(progress: progress.map(figure), stage: stage, status: status)
    return ActionUpdate(
        period: quarter(period), progress: checked.progress, stage: checked.stage, status: status,
        due: due.map(day), note: note, recordedAt: moment(time))
}
