{**
 * The page of the "Pay with Amazon" payment option: the widget that opens Amazon's checkout.
 *}
{extends file='page.tpl'}

{block name='page_content'}
  <section class="pwapresta-checkout">
    <h1>{l s='Pay with Amazon' d='Modules.Pwapresta.Shop'}</h1>
    {if $pwapresta}
      <p>{l s='Click the Amazon button to confirm your order on Amazon.' d='Modules.Pwapresta.Shop'}</p>
      {include file='module:pwapresta/views/templates/hook/widget.tpl'}
    {else}
      <p class="alert alert-warning">{l s='Pay with Amazon is not available for this cart. Choose another payment method.' d='Modules.Pwapresta.Shop'}</p>
    {/if}
    <p><a href="{$pwapresta_cart_url}">{l s='Back to the cart' d='Modules.Pwapresta.Shop'}</a></p>
  </section>
{/block}
