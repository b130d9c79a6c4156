{**
 * The Pay with Amazon button under the cart (hook displayShoppingCartFooter).
 *}
<section class="pwapresta-cart card-block">
  <p class="pwapresta-or">{l s='Or pay with your Amazon account' d='Modules.Pwapresta.Shop'}</p>
  {include file='module:pwapresta/views/templates/hook/widget.tpl'}
</section>
