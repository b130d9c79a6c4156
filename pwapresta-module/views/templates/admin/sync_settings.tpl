{**
 * MWS fields of the settings form, included inside its <form>.
 *}
<div class="panel" id="pwapresta-mws-settings">
  <h3>{l s='MWS synchronisation' d='Modules.Pwapresta.Admin'}</h3>
  <div class="form-group">
    <label class="control-label col-lg-3" for="mws_seller_id">{l s='MWS seller ID' d='Modules.Pwapresta.Admin'}</label>
    <div class="col-lg-6"><input type="text" id="mws_seller_id" name="mws_seller_id" value="{$pwapresta_mws_values.mws_seller_id|escape:'html':'UTF-8'}">
      <p class="help-block">{l s='Leave empty to use the merchant ID.' d='Modules.Pwapresta.Admin'}</p></div>
  </div>
  <div class="form-group">
    <label class="control-label col-lg-3" for="mws_auth_token">{l s='MWS auth token' d='Modules.Pwapresta.Admin'}</label>
    <div class="col-lg-6"><input type="text" id="mws_auth_token" name="mws_auth_token" value="{$pwapresta_mws_values.mws_auth_token|escape:'html':'UTF-8'}">
      <p class="help-block">{l s='Only when a developer account signs requests for you.' d='Modules.Pwapresta.Admin'}</p></div>
  </div>
  <div class="form-group">
    <label class="control-label col-lg-3" for="mws_endpoint">{l s='MWS endpoint override' d='Modules.Pwapresta.Admin'}</label>
    <div class="col-lg-6"><input type="text" id="mws_endpoint" name="mws_endpoint" value="{$pwapresta_mws_values.mws_endpoint|escape:'html':'UTF-8'}">
      <p class="help-block">{l s='For tests against a local MWS sandbox; leave empty to use Amazon.' d='Modules.Pwapresta.Admin'}</p></div>
  </div>
</div>
