/* ActivityStyles only brings activity-screens.css; it does nothing in the page. */
window.org_peyvand_module_activities_internal_views_ActivityStyles = function () {
};
