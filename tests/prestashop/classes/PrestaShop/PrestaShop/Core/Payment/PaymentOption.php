<?php

namespace PrestaShop\PrestaShop\Core\Payment;

/**
 * PrestaShop's payment option, as returned by the paymentOptions hook.
 */
class PaymentOption
{
    private $callToActionText;
    private $additionalInformation;
    private $logo;
    private $action;
    private $binary = false;
    private $inputs = [];
    private $form;
    private $moduleName;

    public function getCallToActionText() { return $this->callToActionText; }
    public function setCallToActionText($callToActionText) { $this->callToActionText = $callToActionText; return $this; }
    public function getAdditionalInformation() { return $this->additionalInformation; }
    public function setAdditionalInformation($additionalInformation) { $this->additionalInformation = $additionalInformation; return $this; }
    public function getLogo() { return $this->logo; }
    public function setLogo($logo) { $this->logo = $logo; return $this; }
    public function getAction() { return $this->action; }
    public function setAction($action) { $this->action = $action; return $this; }
    public function getBinary() { return $this->binary; }
    public function setBinary($binary) { $this->binary = $binary; return $this; }
    public function getInputs() { return $this->inputs; }
    public function setInputs($inputs) { $this->inputs = $inputs; return $this; }
    public function getForm() { return $this->form; }
    public function setForm($form) { $this->form = $form; return $this; }
    public function getModuleName() { return $this->moduleName; }
    public function setModuleName($moduleName) { $this->moduleName = $moduleName; return $this; }

    public function toArray()
    {
        return [
            'action' => $this->action,
            'binary' => $this->binary,
            'inputs' => $this->inputs,
            'form' => $this->form,
            'logo' => $this->logo,
            'additionalInformation' => $this->additionalInformation,
            'call_to_action_text' => $this->callToActionText,
            'module_name' => $this->moduleName,
        ];
    }
}
