{**
 * The page Amazon sends the buyer back to after "Place order & Pay".
 *
 * Merchants may edit this file (layout, conversion tracking scripts). Variables:
 *   $pwa_status           'confirmed' (the order exists), 'pending' (Amazon's notification has not
 *                         arrived yet) or 'unknown' (no Amazon order id in the address)
 *   $pwa_amazon_order_id  Amazon's order id, e.g. 403-1111111-2222222 ('' when unknown)
 *   $pwa_payment_status   Amazon's unsigned amznPmtsPaymentStatus parameter, for display only
 *   $pwa_order            null, or [id, reference, total_paid, currency, state] when confirmed
 *   $pwa_refresh_url      this page again, to check whether the order was created
 * Values are escaped by Smarty's escape_html.
 *}
{extends file='page.tpl'}

{block name='page_content'}
  <section id="pwapresta-order" class="pwapresta-order pwapresta-{$pwa_status}">
    {if $pwa_status == 'confirmed'}
      <h1>{l s='Thank you, your order is confirmed' d='Modules.Pwapresta.Shop'}</h1>
      <ul>
        <li>{l s='Order reference:' d='Modules.Pwapresta.Shop'} <strong>{$pwa_order.reference}</strong></li>
        <li>{l s='Amazon order id:' d='Modules.Pwapresta.Shop'} <strong>{$pwa_amazon_order_id}</strong></li>
        <li>{l s='Total paid:' d='Modules.Pwapresta.Shop'} <strong>{$pwa_order.total_paid|string_format:'%.2f'} {$pwa_order.currency}</strong></li>
        <li>{l s='Status:' d='Modules.Pwapresta.Shop'} <strong>{$pwa_order.state}</strong></li>
      </ul>
      {* Conversion tracking scripts go here. *}
    {elseif $pwa_status == 'pending'}
      <h1>{l s='Thank you, your order is being confirmed' d='Modules.Pwapresta.Shop'}</h1>
      <p>{l s='Amazon order id:' d='Modules.Pwapresta.Shop'} <strong>{$pwa_amazon_order_id}</strong></p>
      <p>{l s='Amazon is confirming your order with the shop. This page updates by itself; you will also receive an e-mail.' d='Modules.Pwapresta.Shop'}</p>
      <meta http-equiv="refresh" content="10;url={$pwa_refresh_url}">
    {else}
      <h1>{l s='Thank you for your order' d='Modules.Pwapresta.Shop'}</h1>
      <p>{l s='Your order details will be e-mailed to you once Amazon confirms them.' d='Modules.Pwapresta.Shop'}</p>
    {/if}
  </section>
{/block}
