/* WorkflowStyles only brings workflow.css; it does nothing in the page. */
window.org_peyvand_ui_workflow_internal_WorkflowStyles = function () {
};
