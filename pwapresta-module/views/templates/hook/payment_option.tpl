{**
 * Text under the "Pay with Amazon" payment option of the checkout's payment step.
 *}
<section class="pwapresta-option">
  <p>{l s='You will confirm your address, delivery speed and payment on Amazon, then come back to this shop.' d='Modules.Pwapresta.Shop'}</p>
</section>
