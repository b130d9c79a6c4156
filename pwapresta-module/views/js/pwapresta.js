/**
 * Renders Amazon's checkout widget in every .pwapresta-button container, from its data attributes
 * (merchant id and signed order-input), once Amazon's PaymentWidgets.js has loaded.
 */
(function () {
  'use strict';

  function render(container) {
    if (container.getAttribute('data-rendered') === '1' || typeof window.CBA === 'undefined') {
      return;
    }
    container.setAttribute('data-rendered', '1');
    new window.CBA.Widgets.StandardCheckoutWidget({
      merchantId: container.getAttribute('data-merchant-id'),
      buttonSettings: { size: 'large', color: 'orange', background: 'white' },
      orderInput: { format: 'XML', value: container.getAttribute('data-order-input') }
    }).render(container.id);
  }

  function renderAll() {
    var containers = document.querySelectorAll('.pwapresta-button[data-order-input]');
    for (var i = 0; i < containers.length; i++) {
      render(containers[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', renderAll);
  } else {
    renderAll();
  }
  window.addEventListener('load', renderAll);
})();
