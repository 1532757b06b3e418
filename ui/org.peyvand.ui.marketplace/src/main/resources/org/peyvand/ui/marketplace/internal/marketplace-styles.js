/* MarketplaceStyles only brings marketplace.css; it does nothing in the page. */
window.org_peyvand_ui_marketplace_internal_MarketplaceStyles = function () {
};
