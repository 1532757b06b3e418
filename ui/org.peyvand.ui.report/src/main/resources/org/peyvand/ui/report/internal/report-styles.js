/* ReportStyles only brings report.css; it does nothing in the page. */
window.org_peyvand_ui_report_internal_ReportStyles = function () {
};
