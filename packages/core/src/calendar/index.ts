export {
  type DateParts,
  type DayNumber,
  MAX_DAY_NUMBER,
  MIN_DATA_DAY_NUMBER,
  MIN_DAY_NUMBER,
  addDays,
  dateParts,
  dayNumber,
  days,
  daysInMonth,
  formatDate,
  isLeapYear,
  monthOf,
  packedDate,
  parseDate,
  scanDate,
  tryParseDate,
  weekday,
  yearOf,
} from "./date";
export { scanDateBytes } from "./date-bytes";
export { scanDateTimeBytes } from "./date-time-bytes";
export { helsinkiDateOfInstant, helsinkiOffsetSeconds, parseDateOrDateTime, tryParseDateOrDateTime } from "./date-time";
export { type FinnishHoliday, easterSunday, finnishHolidays, isFinnishHoliday } from "./holidays";
export {
  WORKING_DAY_RANGE_END,
  WORKING_DAY_RANGE_START,
  isWorkingDay,
  workingDayDeadline,
  workingDaysBetween,
} from "./working-days";
export { addMonths } from "./months";
export { ageOn } from "./age";
